import type { Recogniser } from '../types';

/** Placeholder: being written. */
export const childDetailRecogniser: Recogniser = {
  id: 'child-detail',
  analyse: () => [],
};
