import { describe, expect, it } from 'vitest';
import { defaultPlan } from '../../../../electron/engine/plan/default-plan.js';
import { setupSteps } from '../../../../electron/engine/steps/registry.js';
import { CHECK_REFERENCE } from '../../../check-reference.js';

/** The step registry as a whole: what the planner, the broker and the journal rely on. */
describe('setup step registry', () => {
  const checkIds = new Set(defaultPlan({ target: 'wsl', bench: false }, CHECK_REFERENCE).checks.map((c) => c.id));

  it('has unique step ids', () => {
    const ids = setupSteps.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('names only checks the plan evaluates (verify, fixes, preconditions)', () => {
    const missing = setupSteps.flatMap((s) => [...s.verify, ...s.fixes, ...s.preconditions].filter((id) => !checkIds.has(id)).map((id) => `${s.id} → ${id}`));
    expect(missing).toEqual([]);
  });

  it('gives every step a verify check, so a second apply can tell it is done', () => {
    // A backup is an act asked for each time, not a state of the machine.
    const ONE_SHOT = ['distro.export'];
    expect(setupSteps.filter((s) => s.verify.length === 0 && !ONE_SHOT.includes(s.id)).map((s) => s.id)).toEqual([]);
  });

  it('has unique command ids within each step', () => {
    for (const s of setupSteps) {
      const ids = s.commands.map((c) => c.id);
      expect(new Set(ids).size, s.id).toBe(ids.length);
    }
  });

  it('never marks a first command as a fallback (it would have nothing to fall back from)', () => {
    expect(setupSteps.filter((s) => s.commands[0]?.fallback).map((s) => s.id)).toEqual([]);
  });
});
