import type { Recogniser } from './types';

/** Every recogniser, in the order they run. One per file in ./recognisers. */
export const RECOGNISERS: readonly Recogniser[] = [];
