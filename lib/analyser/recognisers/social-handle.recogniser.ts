import type { Recogniser } from '../types';

/** Placeholder: being written. */
export const socialHandleRecogniser: Recogniser = {
  id: 'social-handle',
  analyse: () => [],
};
