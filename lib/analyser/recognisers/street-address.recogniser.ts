import type { Recogniser } from '../types';

/** Placeholder: being written. */
export const streetAddressRecogniser: Recogniser = {
  id: 'street-address',
  analyse: () => [],
};
