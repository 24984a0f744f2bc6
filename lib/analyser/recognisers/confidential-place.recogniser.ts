import type { Recogniser } from '../types';

/** Placeholder: being written. */
export const confidentialPlaceRecogniser: Recogniser = {
  id: 'confidential-place',
  analyse: () => [],
};
