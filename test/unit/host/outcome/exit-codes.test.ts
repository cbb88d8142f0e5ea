import { describe, expect, it } from 'vitest';
import { causeInfo } from '../../../../electron/host/outcome/causes.js';
import { classifyOutput } from '../../../../electron/host/outcome/classify.js';
import { WINDOWS_EXIT_CODES, type WindowsExitCode } from '../../../../electron/host/outcome/tables/windows-exit-codes.js';
import { windowsOutcomeOf } from '../../../../electron/engine/steps/windows-exit-codes.js';

// One table of Windows exit codes for the installer's steps and for `explain`: a code alone
// means the same to both.
describe('Windows exit codes, one table', () => {
  const rows = Object.values(WINDOWS_EXIT_CODES as Readonly<Record<string, WindowsExitCode>>);

  it('every code that explains itself gives explain the outcome the installer gives it', () => {
    const withCause = rows.filter((r) => r.cause !== undefined);
    expect(withCause.map((r) => r.code).sort((a, b) => a - b)).toEqual([0, 1641, 3010]);
    for (const row of withCause) {
      const e = classifyOutput({ tool: 'dism', exitCode: row.code, output: '' });
      expect({ code: row.code, cause: e.cause, outcome: e.outcome }).toEqual({ code: row.code, cause: row.cause, outcome: causeInfo(row.cause!).outcome });
      expect(windowsOutcomeOf(row.code)).toBe(row.outcome);
    }
  });

  it('a code that needs the output to be read (1603, -1) is unknown on its own, and unsigned -1 reads as -1', () => {
    expect(classifyOutput({ tool: 'dism', exitCode: 1603, output: '' }).outcome).toBe('unknown');
    expect(classifyOutput({ tool: 'wsl', exitCode: 4294967295, output: '' }).outcome).toBe('unknown');
    expect(classifyOutput({ tool: 'dism', exitCode: 3010, output: '' }).facts.code).toBe('3010');
  });
});
