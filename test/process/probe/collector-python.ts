import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { probeAssetsDir } from '../../../electron/host/distro/probe-script.js';

/**
 * Calls the collector's own python functions one by one in a real python3: `files` of
 * assets/probe are put before `code`, which prints one JSON value, read back here.
 */
export function collectorPython(files: readonly string[]): (code: string, args?: string[]) => unknown {
  const lib = files.map((f) => fs.readFileSync(path.join(probeAssetsDir(), f), 'utf8')).join('\n');
  return (code, args = []) => {
    const out = execFileSync('python3', ['-c', `${lib}\nimport json\n${code}`, ...args], { encoding: 'utf8', cwd: '/' });
    return JSON.parse(out.trim().split('\n').at(-1) ?? 'null') as unknown;
  };
}
