import { describe, expect, it } from 'vitest';
import { parseKernelRelease, wslGenerationOf } from '../../../../electron/host/distro/parse-kernel.js';
import { readDistroFixture } from './load-distro-fixtures.js';

describe('parseKernelRelease on real uname -r and /proc/version pastes', () => {
  it.each([
    ['uname-r/01.txt', '4.4.0-18362-Microsoft', 1, 18362],
    ['uname-r/03.txt', '4.19.128-microsoft-standard', 2, null],
    ['uname-r/04.txt', '4.4.0-17763-Microsoft', 1, 17763],
    ['proc-version/01.txt', '3.4.0-Microsoft', 1, null],
    ['proc-version/02.txt', '4.4.0-18985-Microsoft', 1, 18985],
    ['proc-version/03.txt', '4.19.67-microsoft-standard', 2, null],
    ['proc-version/04.txt', '4.19.128-microsoft-standard', 2, null],
    ['proc-version/05.txt', '5.4.72-microsoft-standard-WSL2', 2, null],
  ] as const)('%s → %s (WSL %s)', (file, release, generation, build) => {
    const k = parseKernelRelease(readDistroFixture(file));
    expect(k).toEqual({ release, isWsl: true, wslGeneration: generation, windowsBuild: build });
  });

  it('reads each line of the two-sample paste on its own', () => {
    const [a = '', b = ''] = readDistroFixture('uname-r/02.txt').split('\n');
    expect(parseKernelRelease(a)).toMatchObject({ release: '4.4.0-18985-Microsoft', wslGeneration: 1 });
    expect(parseKernelRelease(b)).toMatchObject({ release: '4.19.67-microsoft-standard', wslGeneration: 2 });
  });

  it('takes the release from /proc/version as the token after "Linux version" (real WSL 2 and WSL 1 lines)', () => {
    const wsl2 = 'Linux version 5.15.167.4-microsoft-standard-WSL2 (root@host) (gcc (GCC) 11.2.0, GNU ld (GNU Binutils) 2.37) #1 SMP Tue Nov 5 00:21:55 UTC 2024\n';
    const wsl1 = 'Linux version 4.4.0-22621-Microsoft (Microsoft@Microsoft.com) (gcc version 5.4.0 (GCC) ) #2506-Microsoft Sat Jan 01 00:00:00 PST 2022\n';
    expect(parseKernelRelease(wsl2)).toEqual({ release: '5.15.167.4-microsoft-standard-WSL2', isWsl: true, wslGeneration: 2, windowsBuild: null });
    expect(parseKernelRelease(wsl1)).toEqual({ release: '4.4.0-22621-Microsoft', isWsl: true, wslGeneration: 1, windowsBuild: 22621 });
  });

  it('never takes a later or earlier version string for the /proc/version release', () => {
    // A login banner pasted before the line carries a version-shaped token of its own.
    const banner = `Welcome to Ubuntu 20.04.6 LTS (GNU/Linux 4.4.0-19041-Microsoft x86_64)\n${readDistroFixture('proc-version/02.txt')}`;
    expect(parseKernelRelease(banner)).toMatchObject({ release: '4.4.0-18985-Microsoft', wslGeneration: 1, windowsBuild: 18985 });
    // A custom kernel whose local version the release shape check rejects: still its own release, not gcc's 8.2.0.
    const custom = 'Linux version 5.4.72-microsoft-standard-WSL2@lab (oe-user@oe-host) (gcc version 8.2.0 (GCC)) #1 SMP Wed Oct 28 23:40:43 UTC 2020\n';
    expect(parseKernelRelease(custom)).toMatchObject({ release: '5.4.72-microsoft-standard-WSL2@lab', isWsl: true, wslGeneration: 2 });
    // No release after "Linux version": none at all, rather than gcc's 5.4.0.
    expect(parseKernelRelease('Linux version (none) (Microsoft@Microsoft.com) (gcc version 5.4.0 (GCC) ) #1\n')).toEqual({ release: null, isWsl: false, wslGeneration: null, windowsBuild: null });
  });

  it('treats a native kernel as not WSL and finds nothing in prose', () => {
    expect(parseKernelRelease('6.18.44-fc-v769\n')).toEqual({ release: '6.18.44-fc-v769', isWsl: false, wslGeneration: null, windowsBuild: null });
    expect(parseKernelRelease('uname: command not found')).toMatchObject({ release: null, isWsl: false });
    expect(wslGenerationOf('6.6.87.2-microsoft-standard-WSL2+')).toBe(2);
  });
});
