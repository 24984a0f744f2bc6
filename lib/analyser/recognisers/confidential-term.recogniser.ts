import type { Recogniser } from '../types';

/** Placeholder: being written. */
export const confidentialTermRecogniser: Recogniser = {
  id: 'confidential-term',
  analyse: () => [],
};
