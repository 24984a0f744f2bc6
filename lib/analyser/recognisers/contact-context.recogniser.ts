import type { Recogniser } from '../types';

/** Placeholder: being written. */
export const contactContextRecogniser: Recogniser = {
  id: 'contact-context',
  analyse: () => [],
};
