import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { brokerFailureOf } from '../../../electron/broker/broker-session.js';
import { createEndpoint, newSecret } from '../../../electron/broker/endpoint.js';
import { processIdentity } from '../../../electron/broker/identity.js';
import { DirectBrokerLauncher, type BrokerLauncher, type LaunchOutcome } from '../../../electron/broker/launcher.js';
import { PipeElevator } from '../../../electron/broker/pipe-elevator.js';
import { BROKER_PROTOCOL, brokerFrameSchema, encodeFrame, FrameReader, MAX_FRAME_BYTES, type BrokerFrame } from '../../../electron/broker/protocol.js';
import type { ElevatedSession } from '../../../electron/engine/setup/ports.js';
import { ExecRunner } from '../../../electron/runner/exec-runner.js';
import { makeFakeSystemRoot, type FakeSystemRoot } from '../../fakes/system-root.js';
import { alive } from '../runner/spec.js';

// The real protocol over a real Unix socket: main is this test process (PipeElevator), the broker
// a real child process running runBroker() with test steps, its commands a fake wsl.exe in a pty.

const ENTRY = fileURLToPath(new URL('./broker-entry.mjs', import.meta.url));

let fake: FakeSystemRoot | null = null;
let scratch: string | null = null;
const sessions: ElevatedSession[] = [];
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.close()));
  fake?.dispose();
  fake = null;
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  scratch = null;
});

function setUp(extraEnv: Record<string, string> = {}) {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'wgs-broker-test-'));
  const release = path.join(scratch, 'release');
  fake = makeFakeSystemRoot({
    'wsl.exe': [
      { argsPrefix: ['--flood'], flood: { bytes: 4000, exitWhenFileExists: release }, exitCode: 3 },
      { argsPrefix: ['--hang'], chunks: [{ data: 'ready\n' }], hang: true },
      { argsPrefix: ['--exit'], stdout: 'done\n', exitCode: 0 },
    ],
  });
  const pidFile = path.join(scratch, 'broker.pid');
  const env = { ...fake.env, BROKER_TEST_PID_FILE: pidFile, ...extraEnv };
  const launcher = new DirectBrokerLauncher(new ExecRunner(), { file: process.execPath, prefixArgs: [ENTRY], env });
  const brokerPid = () => Number(fs.readFileSync(pidFile, 'utf8'));
  return { fake, launcher, release, brokerPid };
}

async function openSession(launcher: BrokerLauncher): Promise<ElevatedSession> {
  const opened = await new PipeElevator({ launcher }).open();
  if (!opened.ok) throw new Error(`no session: ${JSON.stringify(opened.refusal)}`);
  sessions.push(opened.session);
  return opened.session;
}

/** Collects a run's streamed output and resolves `first` on its first piece. */
function collector(onFirst: () => void = () => {}) {
  const pieces: string[] = [];
  const onOutput = (data: string) => {
    if (pieces.length === 0) onFirst();
    pieces.push(data);
  };
  return { onOutput, text: () => pieces.join('') };
}

/** Resolves once a process is gone (polled through /proc: the broker is not our child). */
async function gone(pid: number): Promise<void> {
  while (alive(pid)) await new Promise((r) => setImmediate(r));
}

describe('broker happy path', () => {
  it('streams output live while the command runs, then reports its exit code', async () => {
    const { fake, launcher, release } = setUp();
    const session = await openSession(launcher);
    // The fake floods, then waits for `release` to exist: output seen before that came live.
    const out = collector(() => fs.writeFileSync(release, ''));
    const result = await session.run({ stepId: 'test.admin', commandId: 'run', params: { mode: 'flood', tag: 'abc' } }, out.onOutput);
    expect(result).toMatchObject({ exitCode: 3, launchError: null, stoppedBy: null });
    expect(out.text()).toContain('line 000000000 ');
    expect(out.text().replace(/\r\n/g, '\n').length).toBe(4000);
    expect(result.tail).toContain('line 0000000');
    // The broker built the argv itself from the validated params.
    expect(fake.calls().map((c) => c.args)).toEqual([['--flood', 'abc']]);
  });

  it('close() ends the broker process', async () => {
    const { launcher, brokerPid } = setUp();
    const session = await openSession(launcher);
    const result = await session.run({ stepId: 'test.admin', commandId: 'run', params: { mode: 'exit', tag: 'a' } }, () => {});
    expect(result.exitCode).toBe(0);
    await session.close();
    await gone(brokerPid());
    const after = await session.run({ stepId: 'test.admin', commandId: 'run', params: { mode: 'exit', tag: 'a' } }, () => {});
    expect(brokerFailureOf(after)?.kind).toBe('lost');
  });
});

describe('the broker refuses before anything runs', () => {
  // One broker for all cases: starting one costs seconds on a busy machine.
  let shared: { fake: FakeSystemRoot; session: ElevatedSession; dir: string } | null = null;
  beforeAll(async () => {
    const { fake: tools, launcher } = setUp();
    shared = { fake: tools, session: await openSession(launcher), dir: scratch as string };
    // Owned by this block, not by the per-test cleanup.
    sessions.length = 0;
    fake = null;
    scratch = null;
  });
  afterAll(async () => {
    await shared?.session.close();
    shared?.fake.dispose();
    if (shared) fs.rmSync(shared.dir, { recursive: true, force: true });
  });

  it.each([
    ['an unknown step', { stepId: 'no.such-step', commandId: 'run', params: { mode: 'exit', tag: 'a' } }, 'unknown-step'],
    ['a step that is not admin', { stepId: 'test.user', commandId: 'run', params: { mode: 'exit', tag: 'a' } }, 'not-admin'],
    ['an unknown command', { stepId: 'test.admin', commandId: 'other', params: { mode: 'exit', tag: 'a' } }, 'unknown-command'],
    ['params failing the step schema', { stepId: 'test.admin', commandId: 'run', params: { mode: 'exit', tag: 'a;rm -rf /' } }, 'invalid-params'],
    ['params with an extra key', { stepId: 'test.admin', commandId: 'run', params: { mode: 'exit', tag: 'a', argv: ['--x'] } }, 'invalid-params'],
    ['a command that wants stdin', { stepId: 'test.stdin', commandId: 'run', params: { mode: 'exit', tag: 'a' } }, 'stdin-unsupported'],
    ['a command whose build reads facts', { stepId: 'test.reads-facts', commandId: 'run', params: { mode: 'exit', tag: 'a' } }, 'build-failed'],
    // Main checks its own frame first: a request the broker would call a violation costs only itself.
    ['a step id too long for the protocol', { stepId: 'x'.repeat(200), commandId: 'run', params: { mode: 'exit', tag: 'a' } }, 'bad-request'],
  ])('%s', async (_name, request, code) => {
    const { session, fake } = shared!;
    const result = await session.run(request, () => {});
    expect(result.exitCode).toBeNull();
    expect(brokerFailureOf(result)).toMatchObject({ kind: 'refused' });
    expect(brokerFailureOf(result)?.detail.startsWith(`${code}: `)).toBe(true);
    expect(fake.calls()).toEqual([]);
  });

  it('stays usable after refusals', async () => {
    const ok = await shared!.session.run({ stepId: 'test.admin', commandId: 'run', params: { mode: 'exit', tag: 'b' } }, () => {});
    expect(ok).toMatchObject({ exitCode: 0, launchError: null });
    expect(shared!.fake.calls().map((c) => c.args)).toEqual([['--exit', 'b']]);
  });
});

describe('cancel', () => {
  it('stops the command and its process tree', async () => {
    const { fake, launcher } = setUp();
    const session = await openSession(launcher);
    const out = collector(() => session.cancel());
    const result = await session.run({ stepId: 'test.admin', commandId: 'run', params: { mode: 'hang', tag: 'c' } }, out.onOutput);
    expect(result).toMatchObject({ stoppedBy: 'cancelled', launchError: null });
    expect(out.text()).toContain('ready');
    const call = fake.calls()[0] as unknown as { pid: number };
    await gone(call.pid);
    expect(alive(call.pid)).toBe(false);
  });
});

describe('session loss', () => {
  it('a broker killed mid-run ends the run with a clear "lost" result, and later runs too', async () => {
    const { fake, launcher, brokerPid } = setUp();
    const session = await openSession(launcher);
    const out = collector(() => process.kill(brokerPid(), 'SIGKILL'));
    const result = await session.run({ stepId: 'test.admin', commandId: 'run', params: { mode: 'hang', tag: 'd' } }, out.onOutput);
    expect(result.exitCode).toBeNull();
    expect(brokerFailureOf(result)).toMatchObject({ kind: 'lost' });
    expect(result.launchError).toMatch(/^broker-lost: the elevated helper is gone/);
    expect(result.tail).toContain('ready');
    const next = await session.run({ stepId: 'test.admin', commandId: 'run', params: { mode: 'exit', tag: 'e' } }, () => {});
    expect(brokerFailureOf(next)?.kind).toBe('lost');
    expect(fake.calls()).toHaveLength(1);
  });

  it('the broker stops its command and exits when main goes away', async () => {
    const { fake, launcher, brokerPid } = setUp();
    // This test is main by hand: its own endpoint, reading the hello, then vanishing mid-run.
    const endpoint = createEndpoint();
    const secret = newSecret();
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(endpoint.path, resolve));
    const connected = new Promise<net.Socket>((resolve) => server.once('connection', resolve));
    const launched = (await launcher.launch(['--broker', '--pipe', endpoint.path, '--secret', secret])) as Extract<LaunchOutcome, { kind: 'started' }>;
    const socket = await connected;
    const frames: BrokerFrame[] = [];
    const firstOutput = new Promise<void>((resolve) => {
      const reader = new FrameReader(brokerFrameSchema, (f) => {
        frames.push(f);
        if (f.type === 'hello') socket.write(encodeFrame({ type: 'run', requestId: 'r1', stepId: 'test.admin', commandId: 'run', params: { mode: 'hang', tag: 'f' } }));
        if (f.type === 'output') resolve();
      }, () => {});
      socket.on('data', (b: Buffer) => reader.push(b));
    });
    await firstOutput;
    expect(frames[0]).toMatchObject({ type: 'hello', secret, protocol: BROKER_PROTOCOL });
    socket.destroy();
    server.close();
    expect(await launched.exited).toMatch(/code 1\b/);
    await gone(brokerPid());
    const call = fake.calls()[0] as unknown as { pid: number };
    await gone(call.pid);
    expect(alive(call.pid)).toBe(false);
    endpoint.dispose();
  });
});

describe('who may connect', () => {
  it('drops clients with a wrong secret, garbage or an oversized frame, takes the broker, then refuses a second client', async () => {
    const { launcher } = setUp();
    const dropped: string[] = [];
    let brokerArgs: readonly string[] = [];
    const guarded: BrokerLauncher = {
      async launch(args) {
        brokerArgs = args;
        const pipe = args[2] as string;
        const wrongHello = encodeFrame({ type: 'hello', secret: newSecret(), protocol: BROKER_PROTOCOL, identity: await processIdentity() });
        dropped.push(await rogue(pipe, wrongHello));
        dropped.push(await rogue(pipe, 'this is not json\n'));
        dropped.push(await rogue(pipe, 'x'.repeat(MAX_FRAME_BYTES + 10)));
        dropped.push(await rogue(pipe, '{"type":"launch","argv":["cmd.exe"]}\n'));
        return launcher.launch(args);
      },
    };
    const session = await openSession(guarded);
    expect(dropped).toEqual(['closed without a reply', 'closed without a reply', 'closed without a reply', 'closed without a reply']);
    // The right secret again, from someone else, after the broker is in: refused.
    const rightHello = encodeFrame({ type: 'hello', secret: brokerArgs[4] as string, protocol: BROKER_PROTOCOL, identity: await processIdentity() });
    expect(await rogue(brokerArgs[2] as string, rightHello)).toMatch(/^(could not connect|closed without a reply)/);
    // Main is still fine and the real broker still works.
    const ok = await session.run({ stepId: 'test.admin', commandId: 'run', params: { mode: 'exit', tag: 'g' } }, () => {});
    expect(ok).toMatchObject({ exitCode: 0, launchError: null });
  });

  it('a connected broker that sends garbage loses the session without crashing main', async () => {
    // A hand-made broker with the right secret that answers a run with a broken frame.
    const handBroker: BrokerLauncher = {
      async launch(args) {
        const socket = net.createConnection(args[2] as string);
        socket.on('error', () => {});
        socket.write(encodeFrame({ type: 'hello', secret: args[4] as string, protocol: BROKER_PROTOCOL, identity: await processIdentity() }));
        socket.once('data', () => socket.write('{"type":"exit","requestId":\n'));
        return { kind: 'started', exited: null, stop: () => socket.destroy() };
      },
    };
    const session = await openSession(handBroker);
    const result = await session.run({ stepId: 'test.admin', commandId: 'run', params: { mode: 'exit', tag: 'h' } }, () => {});
    expect(result.launchError).toMatch(/^broker-lost: .*bad frame \(not-json\)/);
  });

  it('refuses a broker elevated as another user before any step runs', async () => {
    const me = await processIdentity();
    const { fake, launcher, brokerPid } = setUp({ BROKER_TEST_IDENTITY: JSON.stringify({ user: 'intruder', sid: null, uid: (me.uid ?? 0) + 1 }) });
    const opened = await new PipeElevator({ launcher }).open();
    expect(opened).toEqual({ ok: false, refusal: { kind: 'other-user', elevatedAs: 'intruder', expected: me.user } });
    await gone(brokerPid());
    expect(fake.calls()).toEqual([]);
  });

  it('reports a declined prompt and a broker that never connects', async () => {
    const declined = await new PipeElevator({ launcher: { launch: () => Promise.resolve({ kind: 'declined' }) } }).open();
    expect(declined).toEqual({ ok: false, refusal: { kind: 'declined' } });
    const silent = await new PipeElevator({ launcher: { launch: () => Promise.resolve({ kind: 'started', exited: Promise.resolve('exit 9'), stop: () => {} }) } }).open();
    expect(silent).toEqual({ ok: false, refusal: { kind: 'failed', reason: 'the elevated helper ended before connecting: exit 9' } });
  });
});

/** Connects, writes `data`, and says how the endpoint answered. */
function rogue(pipe: string, data: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.createConnection(pipe);
    let reply = '';
    socket.on('error', (e: NodeJS.ErrnoException) => resolve(`could not connect (${e.code ?? e.message})`));
    socket.on('connect', () => socket.write(data, () => {}));
    socket.on('data', (b: Buffer) => (reply += b.toString()));
    socket.on('close', () => resolve(reply === '' ? 'closed without a reply' : `replied ${reply}`));
  });
}
