import type { Recogniser } from '../types';

/** Placeholder: being written. */
export const personalIdentifierRecogniser: Recogniser = {
  id: 'personal-identifier',
  analyse: () => [],
};
