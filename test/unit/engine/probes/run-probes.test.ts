import { describe, expect, it } from 'vitest';
import type { Probe, ProbeContext } from '../../../../electron/engine/model.js';
import { notRunReason, runProbes } from '../../../../electron/engine/run-probes.js';
import type { CommandSpec } from '../../../../electron/runner/command.js';
import type { ExecResult } from '../../../../electron/runner/runner.js';

/**
 * A runner whose commands end only when the test says so: the order of starts and ends is
 * observed as events, never timed.
 */
function manualRunner() {
  const started: string[] = [];
  const pending = new Map<string, (r: ExecResult) => void>();
  const waiters: { label: string; resolve: () => void }[] = [];
  return {
    started,
    exec(spec: CommandSpec): Promise<ExecResult> {
      started.push(spec.label ?? '?');
      for (const w of waiters.filter((w) => w.label === spec.label)) w.resolve();
      return new Promise((resolve) => pending.set(spec.label ?? '?', resolve));
    },
    /** Resolves once `label` has started. */
    startedOf(label: string): Promise<void> {
      if (started.includes(label)) return Promise.resolve();
      return new Promise((resolve) => waiters.push({ label, resolve }));
    },
    finish(label: string, stdout: string, extra: Partial<ExecResult> = {}): void {
      pending.get(label)?.({ exitCode: 0, signal: null, stdout: Buffer.from(stdout), stderr: Buffer.alloc(0), stoppedBy: null, durationMs: 5, launchError: null, truncated: false, ...extra });
    },
  };
}

const spec = (label: string, args: string[] = []): CommandSpec => ({ file: `/bin/${label}`, args, encoding: 'utf-8', timeoutMs: 1_000, label });
const probe = (id: string, extra: Partial<Probe> = {}): Probe => ({ id, platforms: ['windows'], spec: () => spec(id), ...extra });

function context(exec: ProbeContext['exec']): ProbeContext {
  return { host: { platform: 'windows', simulated: true }, env: {}, tool: (n) => n, exec };
}

describe('runProbes: a graph of probes', () => {
  it('starts independent probes at once, and a dependant only after its dependency ended, with its capture', async () => {
    const runner = manualRunner();
    let seen: string | null = null;
    const probes = [
      probe('a'),
      probe('b'),
      probe('c', {
        after: ['a'],
        spec: (_ctx, prior) => {
          seen = prior?.get('a')?.stdout.toString() ?? null;
          return spec('c', [seen ?? '']);
        },
      }),
    ];
    const done = runProbes(probes, context(runner));
    await Promise.all([runner.startedOf('a'), runner.startedOf('b')]);
    expect(runner.started).toEqual(['a', 'b']);
    runner.finish('b', 'B');
    runner.finish('a', 'from-a');
    await runner.startedOf('c');
    expect(seen).toBe('from-a');
    runner.finish('c', 'C');
    const captures = await done;
    expect([...captures.keys()].sort()).toEqual(['a', 'b', 'c']);
    expect(captures.get('c')?.argv).toEqual(['/bin/c', 'from-a']);
  });

  it('records nothing when `when` says false, and a not-run capture with the reason when it gives one', async () => {
    const runner = manualRunner();
    const probes = [probe('a'), probe('skipped', { after: ['a'], when: () => false }), probe('refused', { after: ['a'], when: (prior) => (prior.has('a') ? 'no-user-distro' : true) })];
    const done = runProbes(probes, context(runner));
    await runner.startedOf('a');
    runner.finish('a', '');
    const captures = await done;
    expect(runner.started).toEqual(['a']);
    expect(captures.has('skipped')).toBe(false);
    expect(notRunReason(captures.get('refused'))).toBe('no-user-distro');
    expect(captures.get('refused')).toMatchObject({ argv: [], exitCode: null, durationMs: 0 });
    expect(notRunReason(captures.get('a'))).toBeNull();
  });

  it('treats a dependency for another platform as absent, and refuses forward or unknown references', async () => {
    const runner = manualRunner();
    const linuxOnly: Probe = { ...probe('l'), platforms: ['linux'] };
    const done = runProbes([linuxOnly, probe('w', { after: ['l'], when: (prior) => !prior.has('l') })], context(runner));
    await runner.startedOf('w');
    runner.finish('w', '');
    expect([...(await done).keys()]).toEqual(['w']);
    await expect(runProbes([probe('x', { after: ['y'] }), probe('y')], context(runner))).rejects.toThrow(/after y/);
    await expect(runProbes([probe('x', { after: ['nope'] })], context(runner))).rejects.toThrow(/unknown probe nope/);
  });
});
