/**
 * How the tests and benches start Debian's Chromium (Playwright never downloads a browser here):
 * its path, and the flags that work as root on the CI machines (stack.md §2).
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
