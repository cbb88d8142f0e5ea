// `npm test` runs this first: the browser tests need a system Chromium (Playwright never downloads
// one here). On a fresh Debian machine, as root, it installs Debian's `chromium`; otherwise it
// says what to install and stops, rather than letting the browser tests fail obscurely.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (fs.existsSync(chromium)) process.exit(0);

// A CHROMIUM_PATH someone set is theirs to provide; only the default location is installed here.
const canApt = !process.env.CHROMIUM_PATH && process.platform === 'linux' && process.getuid?.() === 0 && fs.existsSync('/usr/bin/apt-get');
if (!canApt) {
  console.error(`The browser tests need Chromium at ${chromium}. Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH.`);
  process.exit(1);
}
console.log(`Chromium not found at ${chromium}: installing Debian's chromium package…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [['update', '-qq'], ['install', '-y', '-qq', '--no-install-recommends', 'chromium']]) {
  const r = spawnSync('/usr/bin/apt-get', args, { stdio: 'inherit', env });
  if (r.status !== 0) {
    console.error(`apt-get ${args.join(' ')} failed (exit ${r.status}). Install chromium by hand or set CHROMIUM_PATH.`);
    process.exit(1);
  }
}
