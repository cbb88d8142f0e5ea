import { describe, expect, it } from 'vitest';
import { outcomeOf } from '../../../electron/engine/engine.js';
import type { RunResult } from '../../../electron/runner/runner.js';
import { classifyInstallerExit } from '../../../electron/engine/steps/exit-codes.js';

const base: RunResult = { exitCode: 0, signal: null, stoppedBy: null, durationMs: 1, tail: '', outputChars: 0, batches: 0, launchError: null };

describe('outcomeOf', () => {
  it('lets the step decide only for a normal exit', () => {
    expect(outcomeOf(base, classifyInstallerExit)).toBe('ok');
    expect(outcomeOf({ ...base, exitCode: 1 }, classifyInstallerExit)).toBe('failed');
  });
  it('reports why the runner stopped it before any exit code mapping', () => {
    expect(outcomeOf({ ...base, stoppedBy: 'cancelled', signal: 15 }, classifyInstallerExit)).toBe('cancelled');
    expect(outcomeOf({ ...base, stoppedBy: 'timeout', signal: 9 }, classifyInstallerExit)).toBe('timed-out');
    expect(outcomeOf({ ...base, stoppedBy: 'idle-timeout' }, classifyInstallerExit)).toBe('timed-out');
    expect(outcomeOf({ ...base, exitCode: null, launchError: 'ENOENT' }, classifyInstallerExit)).toBe('launch-failed');
  });
  it('never calls a process killed by someone else a success (node-pty reports exit 0 + signal)', () => {
    expect(outcomeOf({ ...base, signal: 9 }, classifyInstallerExit)).toBe('failed');
  });
});
