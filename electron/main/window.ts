import { BrowserWindow, session, shell } from 'electron';
import { secureWindowOptions } from './window-options.js';

/**
 * Opens the main window with navigation locked to our renderer, new windows denied (http(s)
 * links open in the browser instead) and every permission request refused.
 */
export function createMainWindow(preloadPath: string, rendererUrl: URL): BrowserWindow {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  const win = new BrowserWindow(secureWindowOptions(preloadPath));
  win.webContents.on('will-navigate', (event, url) => {
    if (url !== rendererUrl.href) event.preventDefault();
  });
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (/^https:\/\//.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(rendererUrl.href);
  return win;
}
