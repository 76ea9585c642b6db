import { build, type Plugin, type Rollup } from 'vite';

const GLOBAL = '__nianbaoGate';

/**
 * Builds a MAIN-world gate file (content/gate-first.ts, content/gate-main.ts) as one self-contained EXPRESSION: an arrow function called in
 * place, returning the module's default export. `chrome.scripting.executeScript({ files })` resolves with a file's
 * completion value, so the background gets the gate's answer without the page seeing any global: the IIFE's
 * `var` lives inside the outer arrow function.
 */
export function mainWorldGate(entry: string, fileName: string, target: string): Plugin {
  return {
    name: `nianbao:main-world-gate:${fileName}`,
    apply: 'build',
    async generateBundle() {
      const result = await build({
        configFile: false,
        logLevel: 'warn',
        build: {
          write: false,
          emptyOutDir: false,
          copyPublicDir: false,
          minify: true,
          target,
          lib: { entry, formats: ['iife'], name: GLOBAL, fileName: () => 'gate-main.js' },
        },
      });
      const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
      const chunk = outputs.flatMap((o) => o.output).find((o): o is Rollup.OutputChunk => o.type === 'chunk' && o.isEntry);
      if (!chunk) throw new Error('main-world gate: no entry chunk');
      if (!chunk.code.includes(`var ${GLOBAL}`)) throw new Error('main-world gate: unexpected IIFE shape');
      this.emitFile({ type: 'asset', fileName, source: `(()=>{${chunk.code.trim()}\nreturn ${GLOBAL}})()\n` });
    },
  };
}
