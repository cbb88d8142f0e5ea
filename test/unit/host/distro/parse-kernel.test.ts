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

  it('treats a native kernel as not WSL and finds nothing in prose', () => {
    expect(parseKernelRelease('6.18.44-fc-v769\n')).toEqual({ release: '6.18.44-fc-v769', isWsl: false, wslGeneration: null, windowsBuild: null });
    expect(parseKernelRelease('uname: command not found')).toMatchObject({ release: null, isWsl: false });
    expect(wslGenerationOf('6.6.87.2-microsoft-standard-WSL2+')).toBe(2);
  });
});
