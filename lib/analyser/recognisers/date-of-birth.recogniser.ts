import type { Recogniser } from '../types';

/** Placeholder: being written. */
export const dateOfBirthRecogniser: Recogniser = {
  id: 'date-of-birth',
  analyse: () => [],
};
