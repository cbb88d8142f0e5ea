import { describe, expect, it } from 'vitest';
import { exportPath } from '../../../../electron/engine/steps/distro/export.js';
import { factsFor } from '../checks/facts-for.js';
import { windowsCtx } from './context.js';

/** A simulated Windows host (demo, browser tests) keeps its user's LocalAppData inside the machine folder. */
function simulatedCtx(localAppData: string) {
  return { ...windowsCtx(factsFor(), { LOCALAPPDATA: localAppData }), host: { platform: 'windows' as const, simulated: true } };
}

describe('exportPath on a simulated Windows host', () => {
  it('lands in the machine folder\'s LocalAppData (an absolute POSIX path), in the app\'s data folder', () => {
    expect(exportPath(simulatedCtx('/tmp/sim-1/LocalAppData'), 'Ubuntu-24.04-before-setup.tar')).toBe('/tmp/sim-1/LocalAppData/wsl-gpu-setup/Ubuntu-24.04-before-setup.tar');
  });

  it('still refuses a relative or unnormalized folder, and a file name that is not an export file', () => {
    expect(() => exportPath(simulatedCtx('LocalAppData'), 'a.tar')).toThrow(RangeError);
    expect(() => exportPath(simulatedCtx('/tmp/sim-1/../etc'), 'a.tar')).toThrow(RangeError);
    expect(() => exportPath(simulatedCtx('/tmp/sim-1'), '../a.tar')).toThrow(RangeError);
  });

  it('a real Windows host still needs a drive path', () => {
    expect(() => exportPath(windowsCtx(factsFor(), { LOCALAPPDATA: '/tmp/sim-1/LocalAppData' }), 'a.tar')).toThrow(RangeError);
    expect(exportPath(windowsCtx(), 'a.tar')).toBe('C:\\Users\\alice\\AppData\\Local\\wsl-gpu-setup\\a.tar');
  });
});
