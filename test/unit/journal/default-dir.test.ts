import { describe, expect, it } from 'vitest';
import { defaultJournalDir } from '../../../electron/journal/default-dir.js';

describe('defaultJournalDir', () => {
  it('Windows: %LOCALAPPDATA%\\wsl-gpu-setup', () => {
    expect(defaultJournalDir({ LOCALAPPDATA: 'C:\\Users\\ada\\AppData\\Local' }, 'windows')).toBe('C:\\Users\\ada\\AppData\\Local\\wsl-gpu-setup');
  });

  it('Windows without LOCALAPPDATA: the profile\'s AppData\\Local', () => {
    expect(defaultJournalDir({ USERPROFILE: 'D:\\Users\\山田' }, 'windows')).toBe('D:\\Users\\山田\\AppData\\Local\\wsl-gpu-setup');
  });

  it('Windows: a relative or rooted-without-drive LOCALAPPDATA is not used', () => {
    expect(defaultJournalDir({ LOCALAPPDATA: 'AppData\\Local', USERPROFILE: 'C:\\Users\\ada' }, 'windows')).toBe('C:\\Users\\ada\\AppData\\Local\\wsl-gpu-setup');
    expect(defaultJournalDir({ LOCALAPPDATA: '\\AppData' }, 'windows')).toBeNull();
  });

  it('Linux: $XDG_STATE_HOME/wsl-gpu-setup, else ~/.local/state/wsl-gpu-setup', () => {
    expect(defaultJournalDir({ XDG_STATE_HOME: '/home/ada/state', HOME: '/home/ada' }, 'linux')).toBe('/home/ada/state/wsl-gpu-setup');
    expect(defaultJournalDir({ HOME: '/home/ada' }, 'linux')).toBe('/home/ada/.local/state/wsl-gpu-setup');
    // The XDG spec says a relative value is invalid and must be ignored.
    expect(defaultJournalDir({ XDG_STATE_HOME: 'state', HOME: '/home/ada' }, 'linux')).toBe('/home/ada/.local/state/wsl-gpu-setup');
  });

  it('no usable base: null, never a cwd-relative folder', () => {
    expect(defaultJournalDir({}, 'linux')).toBeNull();
    expect(defaultJournalDir({}, 'windows')).toBeNull();
  });
});
