/**
 * Reads the wanted entries of a bundle zip from memory. Nothing is ever extracted to disk, so
 * entry names cannot escape; unsafe names still reject the whole bundle, because no bundle this
 * app writes has one. Declared sizes are summed before anything is inflated, and inflation is
 * capped at the declared size, so a zip bomb is refused rather than expanded.
 */
import { unzipSync } from 'fflate';
import { BUNDLE_LIMITS, isSafeEntryName } from './bundle-paths.js';
import { BundleFailure, bundleFail, describeError, type BundleResult } from './errors.js';

const REMAKE = 'Create the bundle again with `wsl-gpu-setup bundle`.';

function stop(code: 'unsafe-path' | 'too-large', message: string): never {
  throw new BundleFailure({ code, message, fix: REMAKE });
}

/** The entries of `zip` whose names satisfy `wanted`, by name. */
export function readZipEntries(zip: Uint8Array, wanted: (name: string) => boolean): BundleResult<Map<string, Uint8Array>> {
  let total = 0;
  let count = 0;
  try {
    const entries = unzipSync(zip, {
      filter: (f) => {
        count += 1;
        if (count > BUNDLE_LIMITS.maxEntries) stop('too-large', `The zip has more than ${BUNDLE_LIMITS.maxEntries} entries.`);
        if (!isSafeEntryName(f.name)) stop('unsafe-path', `The zip has an entry with an unsafe path: ${JSON.stringify(f.name.slice(0, 200))}.`);
        total += f.originalSize;
        if (total > BUNDLE_LIMITS.maxTotalBytes) {
          stop('too-large', `The zip declares more than ${BUNDLE_LIMITS.maxTotalBytes / 1024 / 1024} MiB of uncompressed data.`);
        }
        if (f.originalSize > BUNDLE_LIMITS.maxFileBytes) stop('too-large', `The zip entry ${JSON.stringify(f.name)} is larger than ${BUNDLE_LIMITS.maxFileBytes / 1024 / 1024} MiB.`);
        return !f.name.endsWith('/') && wanted(f.name);
      },
    });
    return { ok: true, value: new Map(Object.entries(entries)) };
  } catch (e) {
    if (e instanceof BundleFailure) return { ok: false, error: e.error };
    return bundleFail('bad-zip', `The file is not a readable zip: ${describeError(e)}.`, REMAKE, describeError(e));
  }
}
