import fs from 'node:fs/promises';
import writeFileAtomic from 'write-file-atomic';

/**
 * The file operations the journal needs, as an interface so tests can inject a full disk, a
 * rename held by antivirus, or a kill between two writes. The default is node:fs plus
 * write-file-atomic (temp file beside the target, fsync, rename; the temp is removed on error).
 */
export interface JournalFs {
  /** The file's bytes, or null when it does not exist. */
  readFile(file: string): Promise<Uint8Array | null>;
  /** Crash-safe replace: after it resolves the file holds `data`, durably; on error it is unchanged. */
  writeFileAtomic(file: string, data: Uint8Array): Promise<void>;
  /** Flushes the folder entry (the rename) where the platform allows it; best effort. */
  syncDir(dir: string): Promise<void>;
  mkdir(dir: string): Promise<void>;
  readdir(dir: string): Promise<string[]>;
  /** Removes a file; missing is fine. */
  remove(file: string): Promise<void>;
}

/** The errno code of a Node file-system error (`ENOSPC`, `EPERM`…), if any. */
export function errnoCode(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' ? e.code : undefined;
}

export const nodeJournalFs: JournalFs = {
  readFile: async (file) => {
    try {
      return await fs.readFile(file);
    } catch (e) {
      if (errnoCode(e) === 'ENOENT') return null;
      throw e;
    }
  },
  writeFileAtomic: (file, data) => writeFileAtomic(file, Buffer.from(data.buffer, data.byteOffset, data.byteLength), { fsync: true }),
  syncDir: async (dir) => {
    // write-file-atomic does not fsync the folder (reliability.md §3.1): without it a power cut
    // can forget the rename. Windows cannot open a folder for fsync; NTFS journals the rename.
    if (process.platform === 'win32') return;
    let handle: fs.FileHandle | undefined;
    try {
      handle = await fs.open(dir, 'r');
      await handle.sync();
    } catch {
      // Some file systems refuse fsync on a folder; the file itself is already synced.
    } finally {
      await handle?.close();
    }
  },
  mkdir: async (dir) => {
    await fs.mkdir(dir, { recursive: true });
  },
  readdir: async (dir) => {
    try {
      return await fs.readdir(dir);
    } catch (e) {
      if (errnoCode(e) === 'ENOENT') return [];
      throw e;
    }
  },
  remove: (file) => fs.rm(file, { force: true }),
};
