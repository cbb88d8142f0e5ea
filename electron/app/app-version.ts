import fs from 'node:fs';

/**
 * The app's version from package.json, two folders up from this module both in the sources
 * (electron/app/) and in a build (dist/<part>/). Null when it cannot be read.
 */
export function readAppVersion(): string | null {
  try {
    const pkg = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : null;
  } catch {
    return null;
  }
}
