import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { STOP_GRACE_MS } from '../../../electron/contract/flow.js';
import { ExecRunner } from '../../../electron/runner/exec-runner.js';
import { makeFakeSystemRoot, type FakeRule, type FakeSystemRoot } from '../../fakes/system-root.js';
import { alive, sleep, spec } from './spec.js';

let fake: FakeSystemRoot | null = null;
afterEach(() => {
  fake?.dispose();
  fake = null;
});

function wsl(rule: Omit<FakeRule, 'args'>): string {
  fake = makeFakeSystemRoot({ 'wsl.exe': [{ args: '*', ...rule }] });
  return path.join(fake.dir, 'wsl.exe');
}

describe('ExecRunner', () => {
  it('returns UTF-16LE bytes (as wsl.exe writes on a pipe) byte for byte, stderr apart', async () => {
    // `wsl --list --verbose` style text, no BOM, with a lone surrogate half that no decoder may repair.
    const bytes = Buffer.concat([Buffer.from('  NAME      STATE\r\n* Ubuntu    Running\r\n既定\r\n', 'utf16le'), Buffer.from([0x00, 0xd8, 0x0a, 0x00])]);
    const file = wsl({ stdoutBase64: bytes.toString('base64'), stderr: 'warn\n', exitCode: 0 });
    const r = await new ExecRunner().exec(spec(file, ['--list', '--verbose']));
    expect(r).toMatchObject({ exitCode: 0, signal: null, stoppedBy: null, launchError: null, truncated: false });
    expect(r.stdout.equals(bytes)).toBe(true);
    expect(r.stderr.toString('utf8')).toBe('warn\n');
    expect(fake?.calls()).toEqual([expect.objectContaining({ tool: 'wsl.exe', args: ['--list', '--verbose'] })]);
  });

  it('reports the exit code the OS gave', async () => {
    const r = await new ExecRunner().exec(spec(wsl({ stdout: 'x', exitCode: 3 })));
    expect(r.exitCode).toBe(3);
    expect(r.stdout.toString()).toBe('x');
  });

  it('writes stdin, then closes it', async () => {
    const input = Buffer.from([0, 1, 2, 0xff, 0xfe, 10, 65]);
    const r = await new ExecRunner().exec(spec(process.execPath, ['-e', 'process.stdin.pipe(process.stdout)']), { stdin: input });
    expect(r.exitCode).toBe(0);
    expect(r.stdout.equals(input)).toBe(true);
    const s = await new ExecRunner().exec(spec(process.execPath, ['-e', 'process.stdin.pipe(process.stdout)']), { stdin: 'text in' });
    expect(s.stdout.toString()).toBe('text in');
  });

  it('stops at the hard timeout, killing the whole process group', async () => {
    const r = await new ExecRunner().exec(spec('/bin/sh', ['-c', 'sleep 30 & echo "child=$!"; wait'], { timeoutMs: 500 }));
    expect(r).toMatchObject({ stoppedBy: 'timeout', signal: 'SIGTERM', exitCode: null });
    expect(r.durationMs).toBeLessThan(2_000);
    const pid = Number(/child=(\d+)/.exec(r.stdout.toString())?.[1]);
    expect(pid).toBeGreaterThan(0);
    await sleep(100);
    expect(alive(pid)).toBe(false);
  });

  it('stops a probe that printed once and went quiet (idle timeout)', async () => {
    const r = await new ExecRunner().exec(spec(wsl({ chunks: [{ data: 'once' }], hang: true }), [], { idleTimeoutMs: 1_500 }));
    expect(r.stoppedBy).toBe('idle-timeout');
    expect(r.stdout.toString()).toBe('once');
  });

  it('escalates to SIGKILL when the probe ignores the stop request', async () => {
    const file = wsl({ chunks: [{ data: 'ready' }], hang: true, ignoreStop: true });
    const ac = new AbortController();
    const run = new ExecRunner().exec(spec(file), { signal: ac.signal });
    // The fake logs its call and installs its handlers in the same synchronous step: wait for the log.
    while ((fake?.calls().length ?? 0) === 0) await sleep(20);
    await sleep(100);
    const t0 = performance.now();
    ac.abort();
    const r = await run;
    expect(r).toMatchObject({ stoppedBy: 'cancelled', signal: 'SIGKILL' });
    expect(r.stdout.toString()).toBe('ready');
    const took = performance.now() - t0;
    expect(took).toBeGreaterThanOrEqual(STOP_GRACE_MS - 10);
    expect(took).toBeLessThan(STOP_GRACE_MS + 1_500);
  });

  it('cancels through an AbortSignal, including one already aborted', async () => {
    const ac = new AbortController();
    const run = new ExecRunner().exec(spec(wsl({ hang: true })), { signal: ac.signal });
    setTimeout(() => ac.abort(), 200);
    expect(await run).toMatchObject({ stoppedBy: 'cancelled', signal: 'SIGTERM' });
    const pre = await new ExecRunner().exec(spec('/bin/true'), { signal: AbortSignal.abort() });
    expect(pre).toMatchObject({ stoppedBy: 'cancelled', exitCode: null, launchError: null });
  });

  it('caps captured output and flags truncation while still draining the stream', async () => {
    const cap = 1024 * 1024;
    const r = await new ExecRunner({ maxCaptureBytes: cap }).exec(spec(wsl({ flood: { bytes: 5_000_000 }, exitCode: 0 })));
    expect(r).toMatchObject({ exitCode: 0, truncated: true, stoppedBy: null });
    expect(r.stdout.length).toBe(cap);
    expect(r.stdout.subarray(0, 20).toString()).toBe('line 000000000 xxxxx');
  });

  it('returns launch errors as values, never throws', async () => {
    const runner = new ExecRunner();
    fake = makeFakeSystemRoot({ 'wsl.exe': [{ args: '*', stdout: '' }] });
    const missing = await runner.exec(spec(path.join(fake.dir, 'nvidia-smi.exe')));
    expect(missing).toMatchObject({ exitCode: null, stoppedBy: null, truncated: false });
    expect(missing.launchError).toMatch(/ENOENT/);
    expect(missing.stdout.length).toBe(0);
    expect((await runner.exec(spec('wsl.exe'))).launchError).toMatch(/EINVAL/);
    // A file without execute permission (the fake's own scenario file).
    expect((await runner.exec(spec(path.join(fake.dir, 'scenario.json')))).launchError).toMatch(/EACCES/);
  });

  it('merges spec.env over the base env', async () => {
    const runner = new ExecRunner({ baseEnv: { KEEP: 'k', OVER: 'base' } });
    const r = await runner.exec(spec('/bin/sh', ['-c', 'printf "%s|%s" "$KEEP" "$OVER"'], { env: { OVER: 'spec' } }));
    expect(r.stdout.toString()).toBe('k|spec');
  });
});
