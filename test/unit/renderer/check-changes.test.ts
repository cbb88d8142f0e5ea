import { describe, expect, it } from 'vitest';
import { checkChanges } from '../../../renderer/features/setup/check-changes.js';

describe('checkChanges (a step\'s checks before → after)', () => {
  it('lists every check the step verified with its status before and after, in the order recorded', () => {
    expect(checkChanges({ before: { 'wsl.distro': 'pass', 'distro.user': 'fail' }, after: { 'distro.user': 'pass', 'distro.systemd': 'warn' } })).toEqual([
      { checkId: 'wsl.distro', before: 'pass', after: null },
      { checkId: 'distro.user', before: 'fail', after: 'pass' },
      { checkId: 'distro.systemd', before: null, after: 'warn' },
    ]);
  });

  it('lists nothing for a step never verified after it ran (already done, blocked, cancelled)', () => {
    expect(checkChanges({ before: { 'distro.user': 'pass' }, after: {} })).toEqual([]);
  });

  it('reads a status that is not one of the five verdicts as not checked', () => {
    expect(checkChanges({ before: { x: 'bogus' }, after: { x: 'unknown' } })).toEqual([{ checkId: 'x', before: null, after: 'unknown' }]);
  });
});
