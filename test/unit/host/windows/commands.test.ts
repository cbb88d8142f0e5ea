import { describe, expect, it } from 'vitest';
import { abortRestartCommand, queryResumeCommand, registerResumeCommand, restartCommand, unregisterResumeCommand } from '../../../../electron/host/windows/commands.js';

const REG = 'C:\\Windows\\System32\\reg.exe';
const SHUTDOWN = 'C:\\Windows\\System32\\shutdown.exe';
const APP = 'C:\\Program Files\\WSL GPU Setup\\WSL GPU Setup.exe';
const RUN_ONCE = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\RunOnce';

const argv = (s: { file: string; args: readonly string[] }) => [s.file, ...s.args];

describe('resume registration argv', () => {
  it('register: RunOnce value named !WslGpuSetupResume, data "<exe>" --resume', () => {
    expect(argv(registerResumeCommand(REG, APP))).toEqual([REG, 'add', RUN_ONCE, '/v', '!WslGpuSetupResume', '/t', 'REG_SZ', '/d', '"C:\\Program Files\\WSL GPU Setup\\WSL GPU Setup.exe" --resume', '/f']);
  });

  it('unregister and query name the same value', () => {
    expect(argv(unregisterResumeCommand(REG))).toEqual([REG, 'delete', RUN_ONCE, '/v', '!WslGpuSetupResume', '/f']);
    expect(argv(queryResumeCommand(REG))).toEqual([REG, 'query', RUN_ONCE, '/v', '!WslGpuSetupResume']);
  });

  it('accepts a per-user install path with non-ASCII letters', () => {
    const exe = 'C:\\Users\\山田\\AppData\\Local\\Programs\\wsl-gpu-setup\\WSL GPU Setup.exe';
    expect(registerResumeCommand(REG, exe).args[7]).toBe(`"${exe}" --resume`);
  });

  it.each([
    ['relative', 'WSL GPU Setup.exe'],
    ['rooted without a drive', '\\Program Files\\app.exe'],
    ['UNC', '\\\\server\\share\\app.exe'],
    ['POSIX', '/usr/bin/wsl-gpu-setup'],
    ['a quote that would end the quoted path', 'C:\\Apps\\a" --evil "b.exe'],
    ['a parent segment', 'C:\\Apps\\..\\Windows\\app.exe'],
    ['a doubled separator', 'C:\\Apps\\\\app.exe'],
    ['not an .exe', 'C:\\Apps\\setup.cmd'],
    ['a newline', 'C:\\Apps\\app\n.exe'],
    ['an alternate data stream', 'C:\\Apps\\app.exe:evil.exe'],
    ['forward slashes', 'C:/Apps/app.exe'],
  ])('refuses an app path that is %s', (_why, exe) => {
    expect(() => registerResumeCommand(REG, exe)).toThrow(/not a usable app executable/);
  });
});

describe('restart argv', () => {
  it('shutdown.exe /r /t N', () => {
    expect(argv(restartCommand(SHUTDOWN, 60))).toEqual([SHUTDOWN, '/r', '/t', '60']);
    expect(argv(restartCommand(SHUTDOWN, 0))).toEqual([SHUTDOWN, '/r', '/t', '0']);
  });

  it('shutdown.exe /a', () => {
    expect(argv(abortRestartCommand(SHUTDOWN))).toEqual([SHUTDOWN, '/a']);
  });

  it.each([-1, 1.5, Number.NaN, 3601])('refuses a delay of %s seconds', (s) => {
    expect(() => restartCommand(SHUTDOWN, s)).toThrow(/whole number of seconds/);
  });
});
