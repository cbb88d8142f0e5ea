import fs from 'node:fs/promises';
import path from 'node:path';
import type { HostInfo } from '../../contract/platform.js';
import { defaultJournalDir } from '../../journal/default-dir.js';

/**
 * Where bundles go and come from, and the logs folder. Electron's main process gives dialogs
 * and the shell (electron/main/support-dialogs.ts); the test bridge and the demo use fixed
 * folders under the app's state folder, so no path ever comes from the renderer.
 */
export interface SupportPorts {
  /** Where to save a bundle named `suggestedName`; null when the person cancelled. */
  chooseSavePath(suggestedName: string): Promise<string | null>;
  /** Which bundle to open; null when the person cancelled (or there is none to open). */
  chooseBundle(): Promise<string | null>;
  logsDir: string | null;
  /** Opens the logs folder; absent where this host cannot. */
  openLogs?: () => Promise<boolean>;
}

/** The folders of the fixed-folder ports: saved bundles, bundles waiting to be opened, logs. */
export interface SupportFolders {
  exports: string;
  inbox: string;
  logs: string;
}

/** The fixed folders under the app's state folder (as the journal's); null when no absolute base is known. */
export function supportFolders(env: NodeJS.ProcessEnv, host: HostInfo): SupportFolders | null {
  // A simulated Windows host keeps its state where this OS does (XDG_STATE_HOME in the demo and tests), as the journal does.
  const dir = defaultJournalDir(env, host.simulated ? (process.platform === 'win32' ? 'windows' : 'linux') : host.platform);
  if (!dir) return null;
  return { exports: path.join(dir, 'support-bundles'), inbox: path.join(dir, 'support-inbox'), logs: path.join(dir, 'logs') };
}

/**
 * Ports without dialogs: a bundle is saved into `exports` under its suggested name, and the
 * newest `.zip` in `inbox` is the one opened (null when the inbox holds none).
 */
export function folderSupportPorts(folders: SupportFolders): SupportPorts {
  return {
    async chooseSavePath(suggestedName) {
      await fs.mkdir(folders.exports, { recursive: true });
      return path.join(folders.exports, path.basename(suggestedName));
    },
    async chooseBundle() {
      const names = await fs.readdir(folders.inbox).catch(() => [] as string[]);
      const zips = await Promise.all(
        names.filter((n) => /\.zip$/i.test(n)).map(async (n) => ({ file: path.join(folders.inbox, n), mtime: (await fs.stat(path.join(folders.inbox, n))).mtimeMs })),
      );
      zips.sort((a, b) => b.mtime - a.mtime || (a.file < b.file ? -1 : 1));
      return zips[0]?.file ?? null;
    },
    logsDir: folders.logs,
  };
}
