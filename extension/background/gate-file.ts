/** The MAIN-world gate's full file in dist/extension (emitted by build/main-world-gate.ts, injected by background/gate.ts). */
export const GATE_FILE = 'content/gate-main.js';
/** Its first stage (content/gate-first.ts), injected first on every permitted page; the full gate only when it passes. */
export const GATE_FIRST_FILE = 'content/gate-first.js';
