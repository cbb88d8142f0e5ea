import { timingSafeEqual } from 'node:crypto';
import net from 'node:net';
import type { Elevator, ElevationRefusal, ElevatedSession } from '../engine/setup/ports.js';
import { silentLog, type RunnerLog } from '../runner/launch-check.js';
import { BrokerSession } from './broker-session.js';
import { FrameConnection } from './frame-connection.js';
import { createEndpoint, newSecret, type BrokerEndpoint } from './endpoint.js';
import { compareIdentity, processIdentity } from './identity.js';
import type { BrokerLauncher, LaunchOutcome } from './launcher.js';
import { BROKER_PROTOCOL, brokerFrameSchema, type BrokerFrame, type HelloFrame, type Identity } from './protocol.js';

/**
 * The main process's side of elevation: listens on a fresh random endpoint, launches the broker
 * once (one UAC prompt) and takes exactly one connection that proves itself with the per-launch
 * secret in its first frame. See broker-main.ts and docs/broker.md for why it is built this way.
 */

export interface PipeElevatorOptions {
  launcher: BrokerLauncher;
  /** Who main runs as (default: `processIdentity()`); the broker must be the same account. */
  identity?: () => Promise<Identity>;
  platform?: NodeJS.Platform;
  /** How long a connected client has to send its hello (default 10 s). */
  helloTimeoutMs?: number;
  /** How long after the launch (the UAC prompt answered) the broker has to connect (default 60 s). */
  connectTimeoutMs?: number;
  log?: RunnerLog;
}

const DEFAULT_HELLO_TIMEOUT_MS = 10_000;
const DEFAULT_CONNECT_TIMEOUT_MS = 60_000;

type OpenResult = { ok: true; session: ElevatedSession } | { ok: false; refusal: ElevationRefusal };

export class PipeElevator implements Elevator {
  private readonly log: RunnerLog;

  constructor(private readonly options: PipeElevatorOptions) {
    this.log = options.log ?? silentLog;
  }

  async open(): Promise<OpenResult> {
    const expected = await (this.options.identity ?? (() => processIdentity()))();
    const endpoint = createEndpoint(this.options.platform);
    const secret = newSecret();
    const gate = new HelloGate(secret, this.options.helloTimeoutMs ?? DEFAULT_HELLO_TIMEOUT_MS, this.log);
    try {
      await gate.listen(endpoint.path);
    } catch (error) {
      endpoint.dispose();
      return failed(`could not listen for the elevated helper: ${String(error)}`);
    }
    let launched: LaunchOutcome;
    try {
      launched = await this.options.launcher.launch(['--broker', '--pipe', endpoint.path, '--secret', secret]);
    } catch (error) {
      launched = { kind: 'failed', reason: String(error) };
    }
    if (launched.kind !== 'started') {
      gate.close();
      endpoint.dispose();
      return launched.kind === 'declined' ? { ok: false, refusal: { kind: 'declined' } } : failed(launched.reason);
    }
    const arrival = await this.waitForBroker(gate, launched);
    gate.close();
    if (arrival.kind !== 'hello') {
      launched.stop();
      endpoint.dispose();
      return failed(arrival.reason);
    }
    return this.admit(arrival.connection, arrival.hello, expected, endpoint, launched.stop);
  }

  private async waitForBroker(gate: HelloGate, launched: Extract<LaunchOutcome, { kind: 'started' }>): Promise<Arrival> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeoutMs = this.options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
    const timedOut = new Promise<Arrival>((resolve) => {
      timer = setTimeout(() => resolve({ kind: 'none', reason: `the elevated helper did not connect within ${timeoutMs} ms` }), timeoutMs);
    });
    const exited = launched.exited?.then((reason): Arrival => ({ kind: 'none', reason: `the elevated helper ended before connecting: ${reason}` }));
    const arrival = await Promise.race([gate.accepted, timedOut, ...(exited ? [exited] : [])]);
    clearTimeout(timer);
    return arrival;
  }

  /** The broker proved the secret; it must also speak this protocol and be the same account. */
  private admit(connection: FrameConnection<BrokerFrame>, hello: HelloFrame, expected: Identity, endpoint: BrokerEndpoint, stop: () => void): OpenResult {
    const reject = (refusal: ElevationRefusal): OpenResult => {
      // Nothing has run: tell the broker to exit, then drop it.
      connection.send({ type: 'close' });
      connection.end();
      endpoint.dispose();
      return { ok: false, refusal };
    };
    if (hello.protocol !== BROKER_PROTOCOL) {
      stop();
      return reject({ kind: 'failed', reason: `the elevated helper speaks protocol ${hello.protocol}, this app ${BROKER_PROTOCOL}` });
    }
    const identity = compareIdentity(expected, hello.identity);
    if (identity === 'other') {
      this.log('broker runs as another user', { expected: expected.user, actual: hello.identity.user });
      return reject({ kind: 'other-user', elevatedAs: hello.identity.user, expected: expected.user });
    }
    if (identity === 'unverifiable') {
      stop();
      return reject({ kind: 'failed', reason: 'could not verify that the elevated helper runs as the same user' });
    }
    this.log('broker connected', { user: hello.identity.user });
    return { ok: true, session: new BrokerSession(connection, () => endpoint.dispose(), stop, this.log) };
  }
}

function failed(reason: string): OpenResult {
  return { ok: false, refusal: { kind: 'failed', reason } };
}

type Arrival = { kind: 'hello'; connection: FrameConnection<BrokerFrame>; hello: HelloFrame } | { kind: 'none'; reason: string };

/**
 * The listening endpoint. Every client must send a hello with the right secret as its first
 * frame within the deadline, or it is dropped; the first that does is the broker, and from then
 * on nobody else is taken (the endpoint stops listening, late clients are dropped). Main never
 * writes to a client before it has proved the secret.
 */
class HelloGate {
  readonly accepted: Promise<Arrival>;
  private resolveAccepted!: (a: Arrival) => void;
  private readonly server = net.createServer();
  private readonly expected: Buffer;
  private taken = false;

  constructor(
    secret: string,
    private readonly helloTimeoutMs: number,
    private readonly log: RunnerLog,
  ) {
    this.expected = Buffer.from(secret, 'hex');
    this.accepted = new Promise((resolve) => (this.resolveAccepted = resolve));
    this.server.on('connection', (socket) => this.onConnection(socket));
    this.server.on('error', () => {});
  }

  listen(path: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(path, () => {
        this.server.off('error', reject);
        resolve();
      });
    });
  }

  /** Stops listening; the accepted connection (if any) stays open. */
  close(): void {
    this.taken = true;
    this.server.close();
  }

  private onConnection(socket: net.Socket): void {
    if (this.taken) {
      socket.destroy();
      return;
    }
    const timer = setTimeout(() => drop('no hello in time'), this.helloTimeoutMs);
    // A client that never speaks must not keep main alive.
    timer.unref();
    let dropped = false;
    const drop = (why: string): void => {
      if (dropped) return;
      dropped = true;
      clearTimeout(timer);
      this.log('broker endpoint dropped a client', { why });
      connection.destroy();
    };
    const connection = new FrameConnection<BrokerFrame>(socket, brokerFrameSchema);
    connection.attach(
      (frame) => {
        clearTimeout(timer);
        if (frame.type !== 'hello' || !this.secretMatches(frame.secret)) return drop('first frame is not a hello with the secret');
        if (this.taken) return drop('a broker is already connected');
        this.taken = true;
        // Hold later frames until the session takes over the connection.
        connection.detach();
        this.resolveAccepted({ kind: 'hello', connection, hello: frame });
      },
      (why) => drop(why),
    );
  }

  private secretMatches(secret: string): boolean {
    const got = Buffer.from(secret, 'hex');
    return got.length === this.expected.length && timingSafeEqual(got, this.expected);
  }
}
