/**
 * Reads files from a bundle folder without ever leaving it: each path is checked by shape,
 * must be a regular file (not a link), and its real path must lie under the folder's real
 * path (so a linked `captures/` folder pointing elsewhere is refused too).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { isSafeEntryName } from './bundle-paths.js';
import { BundleFailure, errnoCode } from './errors.js';

const REMAKE = 'Create the bundle again with `wsl-gpu-setup bundle`.';

/** Reads files of one bundle folder, keeping a running total against `maxTotal`. */
export interface FolderReader {
  /** The file's bytes, or null when it does not exist. Throws `BundleFailure` for unsafe or oversized files. */
  read(rel: string, maxBytes: number): Promise<Buffer | null>;
}

/** Opens a reader rooted at the real path of `dir`. */
export async function openFolder(dir: string, maxTotal: number): Promise<FolderReader> {
  const root = await fs.realpath(dir);
  let total = 0;
  return {
    async read(rel, maxBytes) {
      if (!isSafeEntryName(rel)) throw new BundleFailure({ code: 'unsafe-path', message: `The bundle names an unsafe path: ${JSON.stringify(rel.slice(0, 200))}.`, fix: REMAKE });
      const full = path.join(root, ...rel.split('/'));
      let real: string;
      try {
        const st = await fs.lstat(full);
        if (!st.isFile()) {
          throw new BundleFailure({ code: 'unsafe-path', message: `${rel} in the bundle is not a regular file (a link or a folder).`, fix: REMAKE });
        }
        real = await fs.realpath(full);
      } catch (e) {
        if (e instanceof BundleFailure) throw e;
        if (errnoCode(e) === 'ENOENT' || errnoCode(e) === 'ENOTDIR') return null;
        throw e;
      }
      if (!real.startsWith(root + path.sep)) {
        throw new BundleFailure({ code: 'unsafe-path', message: `${rel} in the bundle points outside the bundle folder.`, fix: REMAKE });
      }
      const handle = await fs.open(real, 'r');
      try {
        const size = (await handle.stat()).size;
        total += size;
        if (size > maxBytes || total > maxTotal) {
          throw new BundleFailure({ code: 'too-large', message: `${rel} in the bundle is too large (${size} bytes).`, fix: REMAKE });
        }
        return await handle.readFile();
      } finally {
        await handle.close();
      }
    },
  };
}
