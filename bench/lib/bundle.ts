/** Bundles a TypeScript entry into one IIFE string with vite (rolldown) so it can be added to a Chromium page. */
import { build } from 'vite';

interface BuildOutput {
  output: { type: string; code?: string }[];
}

export async function bundleIife(entry: string, name: string, minify = true): Promise<string> {
  const out = (await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify,
      target: 'es2022',
      lib: { entry, formats: ['iife'], name, fileName: () => `${name}.js` },
    },
  })) as BuildOutput | BuildOutput[];
  for (const o of Array.isArray(out) ? out : [out]) for (const chunk of o.output) if (chunk.type === 'chunk' && chunk.code) return chunk.code;
  throw new Error(`bundleIife: no chunk for ${entry}`);
}
