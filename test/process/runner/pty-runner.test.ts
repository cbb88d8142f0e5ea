import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { STOP_GRACE_MS } from '../../../electron/contract/flow.js';
import { PtyRunner, type PtyRunHandle } from '../../../electron/runner/pty-runner.js';
import type { OutputBatch } from '../../../electron/runner/runner.js';
import { makeFakeSystemRoot, type FakeRule, type FakeSystemRoot } from '../../fakes/system-root.js';
import { alive, sleep, spec } from './spec.js';

let fake: FakeSystemRoot | null = null;
afterEach(() => {
  fake?.dispose();
  fake = null;
});

/** A fake wsl.exe answering every call with `rule`. */
function wsl(rule: Omit<FakeRule, 'args'>): string {
  fake = makeFakeSystemRoot({ 'wsl.exe': [{ args: '*', ...rule }] });
  return path.join(fake.dir, 'wsl.exe');
}

/** Collects batches and checks their sequence numbers as they come. */
function collect(handle: PtyRunHandle) {
  const batches: OutputBatch[] = [];
  handle.onOutput((b) => {
    batches.push(b);
    handle.ack(b.data.length);
  });
  const text = () => batches.map((b) => b.data).join('');
  const firstOutput = new Promise<void>((resolve) => handle.onOutput(() => resolve()));
  return { batches, text, firstOutput };
}

function expectContiguous(batches: OutputBatch[]): void {
  expect(batches.map((b) => b.seq)).toEqual(batches.map((_, i) => i));
}

describe('PtyRunner exit codes (from node-pty, never from output)', () => {
  it.each([
    [0, 0],
    [1, 1],
    // process.exitCode = 4294967295 (Windows' -1): Linux keeps the low 8 bits, node-pty reports 255.
    [4294967295, 255],
    [-1, 255],
  ])('exitCode %d is reported as %d', async (code, reported) => {
    const file = wsl({ stdout: 'exit test\n', exitCode: code });
    const h = new PtyRunner().start(spec(file));
    const { batches, text } = collect(h);
    const r = await h.done;
    expect(r).toMatchObject({ exitCode: reported, signal: null, stoppedBy: null, launchError: null });
    expect(text()).toBe('exit test\r\n');
    expect(r.tail).toBe('exit test\n');
    expect(r.outputChars).toBe(11);
    expect(r.batches).toBe(batches.length);
    expectContiguous(batches);
  });
});

describe('PtyRunner stop path', () => {
  it('cancel stops a hanging process gracefully (SIGHUP) well within the grace period', async () => {
    const file = wsl({ chunks: [{ data: 'ready\n' }], hang: true });
    const h = new PtyRunner().start(spec(file));
    const { firstOutput } = collect(h);
    await firstOutput;
    const t0 = performance.now();
    h.cancel();
    h.cancel();
    const r = await h.done;
    expect(r.stoppedBy).toBe('cancelled');
    expect(r.signal).toBe(1);
    expect(performance.now() - t0).toBeLessThan(STOP_GRACE_MS);
  });

  it('escalates to SIGKILL when the process ignores the stop request', async () => {
    const file = wsl({ chunks: [{ data: 'ready\n' }], hang: true, ignoreStop: true });
    const h = new PtyRunner().start(spec(file));
    const { firstOutput } = collect(h);
    await firstOutput;
    const t0 = performance.now();
    h.cancel();
    const r = await h.done;
    const took = performance.now() - t0;
    expect(r).toMatchObject({ stoppedBy: 'cancelled', signal: 9 });
    expect(took).toBeGreaterThanOrEqual(STOP_GRACE_MS - 10);
    expect(took).toBeLessThan(STOP_GRACE_MS + 1_500);
  });

  it('hard timeout stops the run', async () => {
    const file = wsl({ hang: true });
    const r = await new PtyRunner().start(spec(file, [], { timeoutMs: 500 })).done;
    expect(r.stoppedBy).toBe('timeout');
    expect(r.exitCode).not.toBeNull();
    expect(r.durationMs).toBeGreaterThanOrEqual(490);
    expect(r.durationMs).toBeLessThan(2_500);
  });

  it('idle timeout stops a process that printed once and went quiet', async () => {
    const file = wsl({ chunks: [{ data: 'printed once\n' }], hang: true });
    // Long enough that a slow start of the fake (busy machine) is not mistaken for idleness.
    const h = new PtyRunner().start(spec(file, [], { idleTimeoutMs: 1_500 }));
    collect(h);
    const r = await h.done;
    expect(r.stoppedBy).toBe('idle-timeout');
    expect(r.tail).toContain('printed once');
  });

  it('steady output keeps the idle timeout from firing', async () => {
    const chunks = Array.from({ length: 5 }, (_, i) => ({ data: `tick ${i}\n`, delayMs: 600 }));
    const file = wsl({ chunks, exitCode: 0 });
    const h = new PtyRunner().start(spec(file, [], { idleTimeoutMs: 2_000 }));
    const { text, batches } = collect(h);
    const r = await h.done;
    expect(r).toMatchObject({ stoppedBy: null, exitCode: 0 });
    expect(text()).toBe(chunks.map((c) => c.data.replace('\n', '\r\n')).join(''));
    expectContiguous(batches);
  });

  it('a stop reaches the whole process group', async () => {
    const h = new PtyRunner().start(spec('/bin/sh', ['-c', 'sleep 30 & echo "child=$!"; wait'], { timeoutMs: 800 }));
    const { text } = collect(h);
    const r = await h.done;
    expect(r.stoppedBy).toBe('timeout');
    const pid = Number(/child=(\d+)/.exec(text())?.[1]);
    expect(pid).toBeGreaterThan(0);
    await sleep(100);
    expect(alive(pid)).toBe(false);
  });
});

describe('PtyRunner launch, env, input, resize', () => {
  it('reports a missing executable as a launch error, never a throw', async () => {
    fake = makeFakeSystemRoot({ 'wsl.exe': [{ args: '*', stdout: '' }] });
    const logged: string[] = [];
    const h = new PtyRunner({ log: (m) => logged.push(m) }).start(spec(path.join(fake.dir, 'powershell.exe')));
    expect(h.pid).toBeNull();
    const r = await h.done;
    expect(r).toMatchObject({ exitCode: null, batches: 0, outputChars: 0, stoppedBy: null });
    expect(r.launchError).toMatch(/ENOENT/);
    expect(logged).toEqual(['pty launch failed']);
  });

  it('refuses a bare name instead of searching PATH', async () => {
    const r = await new PtyRunner().start(spec('sh', ['-c', 'true'])).done;
    expect(r.launchError).toMatch(/EINVAL/);
  });

  it('merges spec.env over the base env and logs the absolute file', async () => {
    const logs: { message: string; fields: Readonly<Record<string, unknown>> | undefined }[] = [];
    const runner = new PtyRunner({ baseEnv: { PATH: process.env.PATH ?? '', BASE_ONLY: 'b', BOTH: 'base' }, log: (message, fields) => logs.push({ message, fields }) });
    const h = runner.start(spec('/bin/sh', ['-c', 'printf "%s|%s|%s" "$BASE_ONLY" "$BOTH" "$TERM"'], { env: { BOTH: 'spec' } }));
    const { text } = collect(h);
    await h.done;
    expect(text()).toBe('b|spec|xterm-256color');
    expect(logs[0]).toMatchObject({ message: 'pty start', fields: { file: '/bin/sh' } });
    expect(logs.at(-1)?.message).toBe('pty exit');
  });

  it('passes input to the process and applies resize', async () => {
    const h = new PtyRunner().start(spec('/bin/sh', ['-c', 'stty size; read line; echo "got:$line"; stty size']));
    const { text, firstOutput } = collect(h);
    await firstOutput;
    expect(text()).toContain('30 120');
    h.resize(100, 40);
    h.input('hello\r');
    const r = await h.done;
    expect(r.exitCode).toBe(0);
    expect(text()).toContain('got:hello');
    expect(text().trimEnd().endsWith('40 100')).toBe(true);
    h.input('ignored after exit');
    h.resize(10, 10);
  });
});
