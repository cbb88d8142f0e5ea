import { app, BrowserWindow, ipcMain } from 'electron';
import logger from 'electron-log/main';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createAppHost } from '../app/create-app-host.js';
import { registerIpc } from './ipc/router.js';
import { electronSupportPorts } from './support-dialogs.js';
import { createMainWindow } from './window.js';

// Composition root: build the contract host, wire IPC, open the window. Nothing else lives here.
const here = path.dirname(fileURLToPath(import.meta.url));
const rendererUrl = process.env.VITE_DEV_SERVER_URL
  ? new URL(process.env.VITE_DEV_SERVER_URL)
  : pathToFileURL(path.join(here, '../renderer/index.html'));

// One log file per user (%APPDATA%\\wsl-gpu-setup\\logs\\main.log), capped so a flood cannot fill the disk.
logger.transports.file.maxSize = 5 * 1024 * 1024;
const log = (line: string, fields?: Readonly<Record<string, unknown>>) => logger.info(line, ...(fields ? [fields] : []));

app.enableSandbox();
void app.whenReady().then(() => {
  // Packaged: the collector ships as a resource folder (electron-builder extraResources); from a
  // checkout it is read from assets/ (the bundled main.js no longer sits beside the sources).
  const probeScriptDir = app.isPackaged ? path.join(process.resourcesPath, 'probe') : path.join(app.getAppPath(), 'assets', 'probe');
  let win: BrowserWindow | null = null;
  const support = electronSupportPorts(() => win, path.dirname(logger.transports.file.getFile().path));
  const host = createAppHost({ env: process.env, version: app.getVersion(), log, probeScriptDir, launchArgs: process.argv.slice(1), support });
  win = createMainWindow(path.join(here, '../preload/index.cjs'), rendererUrl);
  // Events follow the page loaded in this window: a reload or the window closing releases them.
  const dispose = registerIpc(ipcMain, host, win.webContents, rendererUrl);
  app.on('window-all-closed', () => {
    dispose();
    void host.dispose().finally(() => app.quit());
  });
});
