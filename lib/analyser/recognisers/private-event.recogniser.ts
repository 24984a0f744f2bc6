import type { Recogniser } from '../types';

/** Placeholder: being written. */
export const privateEventRecogniser: Recogniser = {
  id: 'private-event',
  analyse: () => [],
};
