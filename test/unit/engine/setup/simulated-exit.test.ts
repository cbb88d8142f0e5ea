import { describe, expect, it } from 'vitest';
import { widenSimulatedExitCode } from '../../../../electron/engine/setup/simulated-exit.js';

const simulated = { platform: 'windows' as const, simulated: true };
const dism = { file: '/sim/dism.exe', args: ['/Online', '/Enable-Feature'] };
const inDistro = { file: '/sim/wsl.exe', args: ['--distribution', 'Ubuntu-24.04', '--user', 'root', '--exec', '/usr/bin/apt-get'] };

describe('widenSimulatedExitCode', () => {
  it.each([
    [194, 3010],
    [105, 1641],
    [82, 1618],
    [255, -1],
    [0, 0],
    [1, 1],
  ])('a simulated Windows tool exiting %i means %i', (status, code) => {
    expect(widenSimulatedExitCode(simulated, dism, status)).toBe(code);
  });

  it('never widens a program run inside the distro', () => {
    expect(widenSimulatedExitCode(simulated, inDistro, 255)).toBe(255);
    expect(widenSimulatedExitCode(simulated, inDistro, 194)).toBe(194);
  });

  it('leaves a real host alone', () => {
    expect(widenSimulatedExitCode({ platform: 'windows', simulated: false }, dism, 194)).toBe(194);
    expect(widenSimulatedExitCode({ platform: 'linux', simulated: false }, { file: '/usr/bin/apt-get', args: [] }, 255)).toBe(255);
  });
});
