import type { Recogniser } from '../types';

/** Placeholder: being written. */
export const namedIndividualRecogniser: Recogniser = {
  id: 'named-individual',
  analyse: () => [],
};
