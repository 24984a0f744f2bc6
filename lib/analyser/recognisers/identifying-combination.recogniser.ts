import type { Recogniser } from '../types';

/** Placeholder: being written. */
export const identifyingCombinationRecogniser: Recogniser = {
  id: 'identifying-combination',
  analyse: () => [],
};
