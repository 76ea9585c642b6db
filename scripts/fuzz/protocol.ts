/** Messages between the fuzz driver and its worker thread. */
import type { CaseOptions } from './cases.ts';
import type { CaseResult } from './check-case.ts';

export type WorkerRequest =
  | { type: 'case'; id: number; seed: number; index: number; caseOptions: CaseOptions; checkMutation: boolean }
  | { type: 'bytes'; id: number; bytes: Uint8Array; ext: '.html' | '.txt'; checkMutation: boolean };

export interface CaseInfo {
  kind: 'mutated' | 'generated';
  operators: string[];
  base: string | null;
  genSeed: number | null;
  ext: '.html' | '.txt';
}

export type WorkerReply =
  | { type: 'start'; id: number; size: number; info: CaseInfo | null }
  | { type: 'done'; id: number; size: number; result: CaseResult };
