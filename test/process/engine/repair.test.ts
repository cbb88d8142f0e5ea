import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../../electron/app/create-engine.js';
import type { EngineView, StepView } from '../../../electron/contract/plan.js';
import type { RunExitEvent } from '../../../electron/contract/run.js';
import type { Engine } from '../../../electron/engine/engine.js';
import { createSimulatedPc, type SimulatedPc } from '../../sim/machine.js';

// A fix button on the simulated PC: the real engine, the real broker (a direct child here) and
// the simulated wsl.exe, whose state the step changes and the check then reads again.
let pc: SimulatedPc | undefined;
let engine: Engine | undefined;
let stateDir: string | undefined;
afterEach(async () => {
  await engine?.dispose();
  pc?.dispose();
  if (stateDir) fs.rmSync(stateDir, { recursive: true, force: true });
  engine = pc = stateDir = undefined;
});

const stepOf = (view: EngineView, id: string): StepView | undefined => view.stages.flatMap((s) => s.steps).find((s) => s.id === id);

describe('repair: a check names its fix step, and running it re-runs the check', () => {
  it('old inbox WSL: wsl.version fails, its fix wsl.update runs `wsl.exe --update`, the check passes after', async () => {
    pc = await createSimulatedPc('old-inbox-wsl');
    stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wgs-repair-state-'));
    engine = createEngine({ env: { ...process.env, ...pc.env, XDG_STATE_HOME: stateDir } });
    const report = await engine.diagnose();
    const check = report.checks.find((c) => c.id === 'wsl.version');
    expect(check?.status).toBe('fail');
    const stepId = check?.fix?.stepId;
    expect(stepId).toBe('wsl.update');

    const exited = new Promise<RunExitEvent>((resolve) => engine?.subscribe((channel, payload) => channel === 'run:exit' && resolve(payload as RunExitEvent)));
    // Resolves with the first view after the run in which the check was judged again.
    const judged = new Promise<StepView>((resolve) =>
      engine?.subscribe((channel, payload) => {
        const step = channel === 'engine:state' ? stepOf(payload as EngineView, 'wsl.update') : undefined;
        if (step && (payload as EngineView).activeRun === null && Object.keys(step.after).length > 0) resolve(step);
      }),
    );
    const before = pc.calls().length;
    expect(engine.dispatch({ type: 'step-requested', stepId: stepId! })).toMatchObject({ ok: true });
    expect(await exited).toMatchObject({ stepId: 'wsl.update', outcome: 'ok', exitCode: 0 });
    const step = await judged;
    expect(step).toMatchObject({ before: { 'wsl.version': 'fail' }, after: { 'wsl.version': 'pass' }, status: 'done', lastOutcome: 'ok' });
    // Exactly the registry step's argv, once; the check was judged again by the wsl probes alone.
    const calls = pc.calls().slice(before);
    expect(calls.filter((c) => c.args.includes('--update')).map((c) => [c.tool, c.args])).toEqual([['wsl.exe', ['--update']]]);
    expect(calls.some((c) => c.tool === 'wsl.exe' && c.args.join(' ') === '--version')).toBe(true);
  });
});
