import { describe, expect, it } from 'vitest';
import { Deadlines } from '../../../electron/runner/deadlines.js';
import type { StopReason } from '../../../electron/runner/runner.js';
import { StopController } from '../../../electron/runner/stop.js';
import { ManualClock } from './manual-clock.js';

function deadlines(timeoutMs: number, idleTimeoutMs?: number, isHeld?: () => boolean) {
  const clock = new ManualClock();
  const fired: StopReason[] = [];
  const d = new Deadlines((r) => fired.push(r), { timeoutMs, ...(idleTimeoutMs !== undefined ? { idleTimeoutMs } : {}), ...(isHeld ? { isHeld } : {}), clock });
  return { clock, fired, d };
}

describe('Deadlines', () => {
  it('fires the hard timeout once, even with steady output', () => {
    const { clock, fired, d } = deadlines(1_000, 300);
    for (let t = 0; t < 1_100; t += 100) {
      d.activity();
      clock.advance(100);
    }
    expect(fired).toEqual(['timeout']);
    expect(clock.pending).toBe(0);
  });

  it('fires the idle timeout after a quiet stretch, measured from the last output', () => {
    const { clock, fired, d } = deadlines(10_000, 300);
    clock.advance(200);
    d.activity();
    clock.advance(299);
    expect(fired).toEqual([]);
    clock.advance(1);
    expect(fired).toEqual(['idle-timeout']);
    clock.advance(20_000);
    expect(fired).toEqual(['idle-timeout']);
  });

  it('does not count time held back by flow control as idle', () => {
    let held = true;
    const { clock, fired, d } = deadlines(0, 300, () => held);
    clock.advance(5_000);
    expect(fired).toEqual([]);
    // The runner reports activity when it resumes the producer.
    held = false;
    d.activity();
    clock.advance(299);
    expect(fired).toEqual([]);
    clock.advance(301);
    expect(fired).toEqual(['idle-timeout']);
  });

  it('has no limits when both are 0 or absent', () => {
    const { clock, fired } = deadlines(0);
    expect(clock.pending).toBe(0);
    clock.advance(1e9);
    expect(fired).toEqual([]);
  });

  it('dispose() disarms everything', () => {
    const { clock, fired, d } = deadlines(100, 50);
    d.dispose();
    clock.advance(1_000);
    expect(fired).toEqual([]);
    expect(clock.pending).toBe(0);
  });
});

describe('StopController', () => {
  function stopper() {
    const clock = new ManualClock();
    const calls: string[] = [];
    const s = new StopController({ graceful: () => calls.push('graceful'), force: () => calls.push('force') }, 2_000, clock);
    return { clock, calls, s };
  }

  it('asks politely, then forces after the grace period', () => {
    const { clock, calls, s } = stopper();
    s.stop('cancelled');
    expect(calls).toEqual(['graceful']);
    clock.advance(1_999);
    expect(calls).toEqual(['graceful']);
    clock.advance(1);
    expect(calls).toEqual(['graceful', 'force']);
    expect(s.reason).toBe('cancelled');
  });

  it('does not force a process that exited within the grace period', () => {
    const { clock, calls, s } = stopper();
    s.stop('timeout');
    s.exited();
    clock.advance(10_000);
    expect(calls).toEqual(['graceful']);
  });

  it('keeps the first reason and ignores repeated requests', () => {
    const { clock, calls, s } = stopper();
    s.stop('idle-timeout');
    s.stop('cancelled');
    s.stop('timeout');
    clock.advance(2_000);
    expect(calls).toEqual(['graceful', 'force']);
    expect(s.reason).toBe('idle-timeout');
  });

  it('ignores stop requests after exit', () => {
    const { calls, s } = stopper();
    s.exited();
    s.stop('cancelled');
    expect(calls).toEqual([]);
    expect(s.reason).toBeNull();
  });

  it('survives a graceful step that throws', () => {
    const clock = new ManualClock();
    const calls: string[] = [];
    const s = new StopController({ graceful: () => { throw new Error('gone'); }, force: () => calls.push('force') }, 10, clock);
    s.stop('cancelled');
    clock.advance(10);
    expect(calls).toEqual(['force']);
  });
});
