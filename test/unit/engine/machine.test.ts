import { describe, expect, it } from 'vitest';
import type { DiagnoseReport } from '../../../electron/contract/checks.js';
import type { EngineEvent, EngineState, StepInfo } from '../../../electron/engine/machine.js';
import { initialState, transition } from '../../../electron/engine/machine.js';

const steps: StepInfo[] = [
  { id: 'wsl.update', platforms: ['windows'] },
  { id: 'linux.only', platforms: ['linux'] },
];
const report = { schema: 'wsl-gpu-setup/diagnose@1', createdAt: 't', facts: {}, checks: [], readiness: 'not-ready' } as unknown as DiagnoseReport;

function run(events: EngineEvent[], state: EngineState = initialState()) {
  const log = [];
  for (const e of events) {
    const t = transition(state, e, steps, 'windows');
    state = t.state;
    log.push(t);
  }
  return { state, log };
}

describe('engine transition', () => {
  it('starts one probe and coalesces requests made while probing', () => {
    const { state, log } = run([{ type: 'diagnose-requested' }, { type: 'diagnose-requested' }, { type: 'diagnose-requested' }]);
    expect(log[0]?.effects.map((e) => e.type)).toEqual(['probe', 'emit-state']);
    expect(log[1]?.effects).toEqual([]);
    expect(state.probeAgain).toBe(true);
    const done = transition(state, { type: 'diagnose-finished', report }, steps, 'windows');
    expect(done.effects.map((e) => e.type)).toEqual(['probe', 'emit-state']);
    expect(done.state.probing).toBe(true);
    const last = transition(done.state, { type: 'diagnose-finished', report }, steps, 'windows');
    expect(last.state.probing).toBe(false);
    expect(last.effects.map((e) => e.type)).toEqual(['emit-state']);
  });

  it('mints run ids and refuses a second run while one is active', () => {
    const { state, log } = run([{ type: 'step-requested', stepId: 'wsl.update' }, { type: 'step-requested', stepId: 'wsl.update' }]);
    expect(log[0]?.reply).toEqual({ ok: true, value: { runId: 'run-1' } });
    expect(log[0]?.effects[0]).toEqual({ type: 'start-run', runId: 'run-1', stepId: 'wsl.update' });
    expect(log[1]?.reply).toMatchObject({ ok: false, error: { code: 'busy' } });
    expect(state.activeRun).toEqual({ runId: 'run-1', stepId: 'wsl.update' });
  });

  it('refuses unknown steps and steps of another platform without effects', () => {
    const { log } = run([{ type: 'step-requested', stepId: 'nope' }, { type: 'step-requested', stepId: 'linux.only' }]);
    expect(log[0]?.reply).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(log[1]?.reply).toMatchObject({ ok: false, error: { code: 'not-supported' } });
    expect(log.flatMap((t) => t.effects)).toEqual([]);
  });

  it('re-verifies by probing after a successful or reboot-requiring run, not after a failure', () => {
    for (const [outcome, probes] of [['ok', true], ['reboot-required', true], ['failed', false], ['cancelled', false]] as const) {
      const { state, log } = run([{ type: 'step-requested', stepId: 'wsl.update' }, { type: 'run-exited', runId: 'run-1', outcome, exitCode: 0 }]);
      expect(log[1]?.effects.some((e) => e.type === 'probe')).toBe(probes);
      expect(state.activeRun).toBeNull();
      expect(state.steps['wsl.update']).toEqual({ lastOutcome: outcome, lastExitCode: 0 });
    }
  });

  it('ignores exits and cancels of runs that are not active', () => {
    const { state, log } = run([
      { type: 'step-requested', stepId: 'wsl.update' },
      { type: 'run-exited', runId: 'run-9', outcome: 'ok', exitCode: 0 },
      { type: 'cancel-requested', runId: 'run-9' },
      { type: 'cancel-requested', runId: 'run-1' },
    ]);
    expect(log[1]?.effects).toEqual([]);
    expect(log[2]?.reply).toEqual({ ok: true, value: { cancelled: false } });
    expect(log[3]?.effects).toEqual([{ type: 'cancel-run', runId: 'run-1' }]);
    expect(state.activeRun?.runId).toBe('run-1');
  });
});
