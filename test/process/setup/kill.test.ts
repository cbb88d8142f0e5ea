import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyArgs, BEGINNER_INTERRUPTS, compiledCli, hangAt, hits, journalOf, killLeftovers, machine, resumeArgs, spawnCli, stepStates, waitForCall, type Child, type Interrupt, type Machine } from './scenario-helpers.js';

/**
 * kill -9 in every step, as a power cut would: the CLI runs as its own process; when the step's
 * first command is running (the simulated PC records the wedged call, watched in calls.jsonl,
 * and the journal says the step is `running`), the CLI is SIGKILLed with everything it started.
 * The next `resume` must re-verify the interrupted step and run its command again — never
 * count it done.
 */

/** Starts the CLI (apply the first time, resume after) until `at`'s command runs; restarts the PC when a run exits 3010 (194 as a POSIX status). */
async function runUntil(m: Machine, at: Interrupt, first: boolean): Promise<Child> {
  let child = spawnCli(m, first ? applyArgs() : resumeArgs, cli);
  for (;;) {
    const before = m.pc.calls().length;
    const w = await waitForCall(m.pc, before, hits(at), child.exited);
    if ('call' in w) return child;
    if (w.other.code !== 194) throw new Error(`the CLI exited ${String(w.other.code)} before ${at.stepId} started:\n${w.other.out}`);
    m.pc.restart();
    child = spawnCli(m, resumeArgs, cli);
  }
}

let m: Machine;
/** The CLI compiled once (the code under test, without tsx loading it anew in every process). */
let cli: string;
beforeAll(async () => {
  [m, cli] = await Promise.all([machine('fresh-win11-rtx4070'), compiledCli()]);
});
afterAll(() => m.dispose());

describe('kill -9 in every step, then resume', { timeout: 600_000 }, () => {
  it('each step from windows.vmp to stack.pytorch is killed while running; each resume runs the killed step again; the last one finishes', async () => {
    let killed: Interrupt | null = null;
    let killedAt = 0;
    for (const [i, at] of BEGINNER_INTERRUPTS.entries()) {
      hangAt(m, at);
      const child = await runUntil(m, at, i === 0);
      if (killed) {
        // The step killed last time was re-verified and, not being done, run again.
        const k = killed;
        expect(m.pc.calls().slice(killedAt).some(hits(k)), k.stepId).toBe(true);
        expect(stepStates(journalOf(m))[k.stepId], k.stepId).toMatch(/^(done|reboot-pending)$/);
      }
      expect(stepStates(journalOf(m))[at.stepId], at.stepId).toBe('running');
      process.kill(-(child.proc.pid ?? 0), 'SIGKILL');
      const end = await child.exited;
      expect(end.signal).toBe('SIGKILL');
      // A power cut ends the wedged tool too.
      killLeftovers(m.pc.dir);
      expect(stepStates(journalOf(m))[at.stepId], at.stepId).toBe('running');
      hangAt(m, null);
      killed = at;
      killedAt = m.pc.calls().length;
    }
    const last = spawnCli(m, resumeArgs, cli);
    const end = await last.exited;
    expect(end.code, end.out).toBe(0);
    expect(m.pc.calls().slice(killedAt).some(hits(BEGINNER_INTERRUPTS[BEGINNER_INTERRUPTS.length - 1] as Interrupt))).toBe(true);
    expect(Object.values(stepStates(journalOf(m))).every((s) => s === 'done' || s === 'already-done')).toBe(true);
  });
});
