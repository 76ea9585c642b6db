import type { Rng } from '../rng.ts';

/** What a mutator works on: the page as text (decoded) and as its original bytes. */
export interface MutationInput {
  text: string;
  bytes: Uint8Array;
  /** Largest repeat count for structure mutators (10,000 in full runs; smaller in short runs). */
  maxRepeat: number;
}

/** A mutator returns new text (encoded as UTF-8 by the caller) or raw bytes. */
export type MutationOutput = { text: string } | { bytes: Uint8Array };

export interface Mutator {
  name: string;
  /** Coarse family, for the summary. */
  family: 'table' | 'bytes' | 'structure' | 'unicode' | 'labels';
  /** Relative pick weight (default 1): the costly structure mutators are picked less often. */
  weight?: number;
  apply(input: MutationInput, rng: Rng): MutationOutput;
}
