import fs from 'node:fs';
import path from 'node:path';

/**
 * Finds a data file shipped under assets/ (`assets/perf/expected-gpus.json`) by walking up from
 * `fromDir`, at most six levels: the source tree (electron/engine/...) and a bundle (dist/main)
 * both sit below the folder holding assets/. Null when it is not there.
 */
export function findAssetFile(relative: string, fromDir: string): string | null {
  let dir = fromDir;
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, relative);
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return null;
}
