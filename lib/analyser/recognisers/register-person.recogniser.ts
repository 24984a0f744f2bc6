import type { Recogniser } from '../types';

/** Placeholder: being written. */
export const registerPersonRecogniser: Recogniser = {
  id: 'register-person',
  analyse: () => [],
};
