import { afterEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../../electron/app/create-engine.js';
import type { RunExitEvent, RunOutputEvent } from '../../../electron/contract/run.js';
import type { Engine } from '../../../electron/engine/engine.js';
import type { FakeRule, FakeSystemRoot } from '../../fakes/system-root.js';
import { makeFakeSystemRoot } from '../../fakes/system-root.js';

// The real engine running the registry's `wsl.update` (an admin step: its command runs in the
// real broker, started as a direct child here) against a fake wsl.exe replaying recorded output.
let fake: FakeSystemRoot | undefined;
let engine: Engine | undefined;
afterEach(async () => {
  await engine?.dispose();
  fake?.dispose();
  engine = undefined;
  fake = undefined;
});

async function start(update: FakeRule | null) {
  fake = makeFakeSystemRoot(update ? { 'wsl.exe': [{ args: ['--update'], ...update }, { args: '*', exitCode: 1 }] } : {});
  engine = createEngine({ env: { ...process.env, ...fake.env } });
  // The step's params come from the last report's facts.
  await engine.diagnose();
  const output: RunOutputEvent[] = [];
  const exited = new Promise<RunExitEvent>((resolve) => {
    engine?.subscribe((channel, payload) => {
      if (channel === 'run:output') {
        const batch = payload as RunOutputEvent;
        output.push(batch);
        engine?.ack(batch.runId, batch.data.length);
      }
      if (channel === 'run:exit') resolve(payload as RunExitEvent);
    });
  });
  const reply = engine.dispatch({ type: 'step-requested', stepId: 'wsl.update' });
  expect(reply).toMatchObject({ ok: true, value: { runId: 'run-1' } });
  return { output, exited, text: () => output.map((o) => o.data).join('') };
}

describe('step wsl.update from the registry', () => {
  it('started before any report: diagnoses first, then runs with those facts', async () => {
    fake = makeFakeSystemRoot({ 'wsl.exe': [{ args: ['--update'], stdout: 'Checking for updates.\r\n', exitCode: 0 }, { args: '*', exitCode: 1 }] });
    engine = createEngine({ env: { ...process.env, ...fake.env } });
    const exited = new Promise<RunExitEvent>((resolve) => engine?.subscribe((channel, payload) => channel === 'run:exit' && resolve(payload as RunExitEvent)));
    expect(engine.dispatch({ type: 'step-requested', stepId: 'wsl.update' })).toMatchObject({ ok: true, value: { runId: 'run-1' } });
    expect(await exited).toMatchObject({ outcome: 'ok', exitCode: 0 });
    const calls = fake.calls().map((c) => c.args.join(' '));
    expect(calls.indexOf('--update')).toBeGreaterThan(calls.indexOf('--version'));
  });

  it('streams the recorded output in order and maps exit 0 to ok', async () => {
    const run = await start({ stdoutFile: 'steps/wsl-update/01.utf-8.txt', exitCode: 0 });
    const exit = await run.exited;
    expect(exit).toMatchObject({ runId: 'run-1', stepId: 'wsl.update', outcome: 'ok', exitCode: 0 });
    expect(run.text()).toContain('Updating Windows Subsystem for Linux to version: 2.0.14.');
    expect(run.output.map((o) => o.seq)).toEqual(run.output.map((_, i) => i));
    expect(exit.batches).toBe(run.output.length);
    // The registry step's argv, exactly, once.
    expect(fake?.calls().filter((c) => c.args.includes('--update'))).toEqual([expect.objectContaining({ tool: 'wsl.exe', args: ['--update'] })]);
  });

  // POSIX exit statuses are 8-bit, so 3010 cannot come from a fake here: its mapping is a unit test.
  it('maps a non-zero exit to failed, with the exit code reported', async () => {
    const failed = await (await start({ stdout: 'Update failed (exit code: 1603).\r\n', exitCode: 1 })).exited;
    expect(failed).toMatchObject({ outcome: 'failed', exitCode: 1 });
    expect(failed.tail).toContain('Update failed (exit code: 1603).');
  });

  it('cancels a hanging update, also one that ignores the stop request', async () => {
    for (const rule of [{ stdout: 'Checking for updates.\r\n', hang: true }, { stdout: 'Checking for updates.\r\n', hang: true, ignoreStop: true }]) {
      const run = await start(rule);
      while (!run.text().includes('Checking')) await new Promise((r) => setTimeout(r, 20));
      expect(engine?.dispatch({ type: 'cancel-requested', runId: 'run-1' })).toEqual({ ok: true, value: { cancelled: true } });
      const exit = await run.exited;
      expect(exit.outcome).toBe('cancelled');
      expect(engine?.view().activeRun).toBeNull();
      await engine?.dispose();
      fake?.dispose();
    }
  });

  it('reports launch-failed when wsl.exe does not exist', async () => {
    const exit = await (await start(null)).exited;
    expect(exit).toMatchObject({ outcome: 'launch-failed', exitCode: null });
    expect(exit.tail).toMatch(/wsl\.exe/);
  });
});
