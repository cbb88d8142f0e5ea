/**
 * The file operations a bundle write needs, as an interface so tests can inject failures
 * (a full disk, a rename held by antivirus). The default uses node:fs and write-file-atomic.
 */
import fs from 'node:fs/promises';
import writeFileAtomic from 'write-file-atomic';
import { errnoCode } from './errors.js';

/** File operations used by `writeBundle`. */
export interface BundleFs {
  /** Writes one file inside the (temporary) bundle folder. */
  writeFile(file: string, data: Uint8Array): Promise<void>;
  /** Writes a single file crash-safely: temp file beside it, fsync, rename; no temp left on error. */
  writeFileAtomic(file: string, data: Uint8Array): Promise<void>;
  mkdir(dir: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  /** Removes a file or folder tree; missing is fine. */
  remove(target: string): Promise<void>;
  exists(target: string): Promise<boolean>;
  /** Free bytes on the file system holding `dir`, or null when unknown. */
  freeBytes(dir: string): Promise<number | null>;
}

/** Windows antivirus and indexers hold new files briefly: retry these renames a bounded number of times. */
const TRANSIENT_RENAME = new Set(['EPERM', 'EACCES', 'EBUSY']);
const RENAME_TRIES = 10;

/** Renames with a bounded retry on transient Windows errors (≤ about 2 s in all). */
export async function renameWithRetry(bfs: Pick<BundleFs, 'rename'>, from: string, to: string, sleep = defaultSleep): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await bfs.rename(from, to);
      return;
    } catch (e) {
      if (attempt >= RENAME_TRIES || !TRANSIENT_RENAME.has(errnoCode(e) ?? '')) throw e;
      await sleep(Math.min(20 * 2 ** (attempt - 1), 400));
    }
  }
}

function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The real file system. */
export const nodeBundleFs: BundleFs = {
  writeFile: (file, data) => fs.writeFile(file, data, { flag: 'wx' }),
  writeFileAtomic: (file, data) => writeFileAtomic(file, Buffer.from(data.buffer, data.byteOffset, data.byteLength)),
  mkdir: async (dir) => {
    await fs.mkdir(dir, { recursive: true });
  },
  rename: (from, to) => fs.rename(from, to),
  remove: (target) => fs.rm(target, { recursive: true, force: true, maxRetries: 3 }),
  exists: async (target) => {
    try {
      await fs.lstat(target);
      return true;
    } catch {
      return false;
    }
  },
  freeBytes: async (dir) => {
    try {
      const s = await fs.statfs(dir);
      return Number(s.bavail) * Number(s.bsize);
    } catch {
      return null;
    }
  },
};
