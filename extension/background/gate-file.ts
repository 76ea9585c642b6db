/** The MAIN-world gate's file in dist/extension (emitted by build/main-world-gate.ts, injected by background/gate.ts). */
export const GATE_FILE = 'content/gate-main.js';
