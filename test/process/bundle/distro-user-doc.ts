/**
 * A probeVersion 2 collector document whose distro user is `alice` (not a Windows name): the
 * healthy RTX 4070 document (test/fixtures/distro/probe/wsl-rtx4070-healthy.json, reconstructed)
 * with the `user` and `interpreters` fields the current collector adds, torch found in her venv.
 */
import fs from 'node:fs';
import path from 'node:path';

export const DISTRO_USER = 'alice';
const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');

/** The document's text; `name` is the distro user it names. */
export function distroUserDocument(name = DISTRO_USER): string {
  const doc = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'distro/probe/wsl-rtx4070-healthy.json'), 'utf8')) as Record<string, unknown>;
  const home = `/home/${name}`;
  const torch = doc.frameworks as Record<string, Record<string, unknown>>;
  return JSON.stringify({
    ...doc,
    probeVersion: 2,
    user: { name, uid: 1000, home, how: 'wsl.conf' },
    interpreters: [
      {
        path: `${home}/.venv/bin/python3`,
        source: 'venv',
        user: name,
        version: '3.12.3',
        frameworks: { torch: { installed: true, distVersion: torch.torch?.distVersion ?? null, location: `${home}/.venv/lib/python3.12/site-packages` } },
        error: null,
      },
      { path: '/usr/bin/python3', source: 'system', user: name, version: '3.12.3', frameworks: { torch: { installed: false } }, error: null },
    ],
    frameworks: Object.fromEntries(Object.entries(torch).map(([k, v]) => [k, { ...v, interpreter: k === 'torch' ? 0 : null }])),
  }, null, 2);
}
