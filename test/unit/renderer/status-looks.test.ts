import { describe, expect, it } from 'vitest';
import type { StepState } from '../../../electron/contract/setup.js';
import { CHECK_LOOK, SETUP_STEP_LOOK } from '../../../renderer/components/status-looks.js';

const STATES: StepState[] = ['pending', 'already-done', 'running', 'done', 'failed', 'cancelled', 'reboot-pending', 'resumed', 'blocked'];

describe('the one status → badge look map', () => {
  it('has a glyph for every setup step state, so a state never relies on colour alone', () => {
    expect(Object.keys(SETUP_STEP_LOOK).sort()).toEqual([...STATES].sort());
    for (const state of STATES) expect(SETUP_STEP_LOOK[state].icon, state).toMatch(/^\S$/u);
  });

  it('never gives a failure the glyph or colour of a success', () => {
    for (const bad of ['failed', 'blocked'] as const) {
      expect(SETUP_STEP_LOOK[bad].icon).not.toBe(SETUP_STEP_LOOK.done.icon);
      expect(SETUP_STEP_LOOK[bad].color).toBe(CHECK_LOOK.fail.color);
    }
    expect(SETUP_STEP_LOOK.done).toEqual(CHECK_LOOK.pass);
  });
});
