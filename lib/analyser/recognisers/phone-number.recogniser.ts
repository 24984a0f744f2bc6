import type { Recogniser } from '../types';

/** Placeholder: being written. */
export const phoneNumberRecogniser: Recogniser = {
  id: 'phone-number',
  analyse: () => [],
};
