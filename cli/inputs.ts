import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

export const REPORT_EXTENSIONS = new Set(['.html', '.htm', '.shtml', '.xhtml', '.txt']);

export interface InputList {
  files: string[];
  /** Paths that do not exist or cannot be listed: reported as unreadable inputs. */
  missing: { path: string; detail: string }[];
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, out);
    else if (entry.isFile() && REPORT_EXTENSIONS.has(extname(entry.name).toLowerCase())) out.push(path);
  }
}

/** Expands folders (recursively, report extensions only); explicit files are taken whatever their extension. */
export async function collectInputs(paths: string[]): Promise<InputList> {
  const files: string[] = [];
  const missing: InputList['missing'] = [];
  for (const path of paths) {
    try {
      const info = await stat(path);
      if (info.isDirectory()) await walk(path, files);
      else files.push(path);
    } catch (error) {
      missing.push({ path, detail: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (error as Error).message });
    }
  }
  return { files, missing };
}
