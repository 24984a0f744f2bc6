import type { Recogniser } from '../types';

/** Placeholder: being written. */
export const emailRecogniser: Recogniser = {
  id: 'email',
  analyse: () => [],
};
