import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SetupService } from '../../../electron/app/setup-service.js';
import type { SetupOptions } from '../../../electron/app/create-setup.js';
import type { SetupRunView } from '../../../electron/contract/setup.js';
import { BEGINNER_INTERRUPTS, hangAt, hits, journalOf, machine, PASSWORD, runningTools, service, stepStates, USER, waitForCall, type Interrupt, type Machine } from './scenario-helpers.js';

/**
 * Cancel in every step: the step's first command is wedged (the simulated PC's hang fault), the
 * test waits until the PC records that call (calls.jsonl, watched), cancels through the setup
 * service (what the app's Cancel button calls), and the next resume picks the run up again.
 * One walk cancels every step once. (packages.base and stack.pytorch from a machine whose Windows
 * and distro are ready, with only the package and stack steps, are resumed in package-faults.test.ts.)
 */

/** Starts (apply the first time, resume after) and waits until `at`'s command runs; restarts the PC when the run asks for it. */
async function runUntil(m: Machine, at: Interrupt, first: boolean, setup: SetupOptions): Promise<{ svc: SetupService; runId: string; settled: Promise<SetupRunView> }> {
  let svc = service(m, setup);
  let started = first ? await svc.apply('beginner', { user: USER }, { password: PASSWORD }) : await svc.resume();
  for (;;) {
    expect(started.ok, JSON.stringify(started)).toBe(true);
    const run = svc.current();
    if (!run) throw new Error('no run started');
    const settled = run.settled();
    const before = m.pc.calls().length;
    const w = await waitForStart(m, at, before, settled);
    if ('call' in w) return { svc, runId: run.view()?.runId ?? '', settled };
    if (w.other.state !== 'reboot-pending') throw new Error(`the run ended ${w.other.state} before ${at.stepId} started: ${JSON.stringify(stepStates(journalOf(m)))}`);
    m.pc.restart();
    svc = service(m, setup);
    started = await svc.resume();
  }
}

function waitForStart(m: Machine, at: Interrupt, before: number, settled: Promise<SetupRunView>) {
  return waitForCall(m.pc, before, hits(at), settled);
}

async function cancelEach(m: Machine, interrupts: readonly Interrupt[], setup: SetupOptions): Promise<void> {
  for (const [i, at] of interrupts.entries()) {
    hangAt(m, at);
    const { svc, runId, settled } = await runUntil(m, at, i === 0, setup);
    expect(stepStates(journalOf(m))[at.stepId], at.stepId).toBe('running');
    expect(svc.cancel(runId)).toEqual({ ok: true, value: { cancelled: true } });
    const view = await settled;
    expect(view.state, at.stepId).toBe('cancelled');
    expect(stepStates(journalOf(m))[at.stepId], at.stepId).toBe('cancelled');
    // The wedged command was stopped, not left behind.
    expect(runningTools(m.pc.dir, at), at.stepId).toEqual([]);
    hangAt(m, null);
  }
}

describe('cancel in every step, then resume finishes', { timeout: 600_000 }, () => {
  describe('fresh Windows 11 + RTX 4070, beginner', () => {
    let m: Machine;
    beforeAll(async () => {
      m = await machine('fresh-win11-rtx4070');
    });
    afterAll(() => m.dispose());

    it('each step from windows.vmp to stack.pytorch is cancelled while its command runs; the last resume finishes', async () => {
      await cancelEach(m, BEGINNER_INTERRUPTS, {});
      const svc = service(m);
      expect((await svc.resume()).ok).toBe(true);
      const view = await svc.current()?.settled();
      expect(view?.state).toBe('done');
      expect(Object.values(stepStates(journalOf(m))).every((s) => s === 'done' || s === 'already-done')).toBe(true);
    });
  });
});
