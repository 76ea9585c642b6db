/** The mutator registry: every mutator a fuzz run can apply to a real page. */
import { byteMutators } from './bytes.ts';
import { labelMutators } from './labels.ts';
import { structureMutators } from './structure.ts';
import { tableMutators } from './table.ts';
import type { Mutator } from './types.ts';
import { unicodeMutators } from './unicode.ts';

export const mutators: readonly Mutator[] = [
  ...tableMutators,
  ...byteMutators,
  ...structureMutators,
  ...unicodeMutators,
  ...labelMutators,
];

export type { Mutator, MutationInput, MutationOutput } from './types.ts';
