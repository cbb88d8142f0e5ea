import { app, dialog, shell, type BrowserWindow } from 'electron';
import path from 'node:path';
import type { SupportPorts } from '../app/support/support-ports.js';

/**
 * The Support panel's ports in Electron: a save dialog for an export, an open dialog for
 * someone's bundle, and the shell for the logs folder. Thin: every choice is the person's, made
 * in a native dialog of this window; the renderer never sends a path.
 */
export function electronSupportPorts(window: () => BrowserWindow | null, logsDir: string): SupportPorts {
  const zipFilter = [{ name: 'Zip', extensions: ['zip'] }];
  return {
    async chooseSavePath(suggestedName) {
      const options = { defaultPath: path.join(app.getPath('documents'), suggestedName), filters: zipFilter };
      const win = window();
      const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return r.canceled || !r.filePath ? null : r.filePath;
    },
    async chooseBundle() {
      const options = { properties: ['openFile' as const], filters: zipFilter };
      const win = window();
      const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    logsDir,
    // shell.openPath answers an error text, empty when the folder opened.
    openLogs: async () => (await shell.openPath(logsDir)) === '',
  };
}
