import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// Electron's dialog and shell, recorded: the ports must ask the person (in this window) and
// never pick a path themselves.
const calls: unknown[][] = [];
const answers = { save: { canceled: false, filePath: 'C:\\Users\\me\\Documents\\b.zip' } as { canceled: boolean; filePath?: string }, open: { canceled: false, filePaths: ['C:\\in\\x.zip'] }, openPath: '' };
vi.mock('electron', () => ({
  app: { getPath: (name: string) => `/home/me/${name}` },
  dialog: {
    showSaveDialog: (...args: unknown[]) => (calls.push(['save', ...args]), Promise.resolve(answers.save)),
    showOpenDialog: (...args: unknown[]) => (calls.push(['open', ...args]), Promise.resolve(answers.open)),
  },
  shell: { openPath: (p: string) => (calls.push(['openPath', p]), Promise.resolve(answers.openPath)) },
}));
const { electronSupportPorts } = await import('../../../electron/main/support-dialogs.js');

const win = { id: 1 } as unknown as import('electron').BrowserWindow;

describe('electronSupportPorts', () => {
  beforeEach(() => {
    calls.length = 0;
  });

  it('asks where to save in a save dialog of the window, starting in Documents with the bundle\'s name, zip files only', async () => {
    const ports = electronSupportPorts(() => win, '/logs');
    expect(await ports.chooseSavePath('wsl-gpu-setup-bundle-x.zip')).toBe('C:\\Users\\me\\Documents\\b.zip');
    expect(calls).toEqual([['save', win, { defaultPath: path.join('/home/me/documents', 'wsl-gpu-setup-bundle-x.zip'), filters: [{ name: 'Zip', extensions: ['zip'] }] }]]);
    answers.save = { canceled: true };
    expect(await ports.chooseSavePath('b.zip')).toBeNull();
  });

  it('asks which bundle to open in an open dialog (one file, zip only); cancelled → null', async () => {
    const ports = electronSupportPorts(() => win, '/logs');
    expect(await ports.chooseBundle()).toBe('C:\\in\\x.zip');
    expect(calls).toEqual([['open', win, { properties: ['openFile'], filters: [{ name: 'Zip', extensions: ['zip'] }] }]]);
    answers.open = { canceled: true, filePaths: [] };
    expect(await ports.chooseBundle()).toBeNull();
  });

  it('opens the logs folder through the shell; an error text from the shell means it did not open', async () => {
    const ports = electronSupportPorts(() => null, '/logs');
    expect(ports.logsDir).toBe('/logs');
    expect(await ports.openLogs?.()).toBe(true);
    answers.openPath = 'Failed to open path';
    expect(await ports.openLogs?.()).toBe(false);
    expect(calls).toEqual([
      ['openPath', '/logs'],
      ['openPath', '/logs'],
    ]);
  });
});
