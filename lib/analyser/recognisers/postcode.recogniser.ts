import type { Recogniser } from '../types';

/** Placeholder: being written. */
export const postcodeRecogniser: Recogniser = {
  id: 'postcode',
  analyse: () => [],
};
