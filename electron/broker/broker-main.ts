import net from 'node:net';
import type { HostInfo } from '../contract/platform.js';
import { findSetupStep } from '../engine/steps/registry.js';
import type { StepContext } from '../engine/steps/model.js';
import { detectHost } from '../host/platform.js';
import { silentLog, type RunnerLog } from '../runner/launch-check.js';
import { PtyRunner } from '../runner/pty-runner.js';
import type { PtyRunnerLike, RunHandle, RunResult } from '../runner/runner.js';
import { resolveSystemTool } from '../runner/system-tools.js';
import { isEndpointPath } from './endpoint.js';
import { FrameConnection } from './frame-connection.js';
import { processIdentity } from './identity.js';
import { BROKER_PROTOCOL, mainFrameSchema, secretSchema, splitOutput, type BrokerFrame, type Identity, type MainFrame, type RunFrame } from './protocol.js';
import { FACTS_UNAVAILABLE, resolveRun, type StepLookup } from './run-request.js';

/**
 * The elevated broker: the app started a second time, elevated, with
 * `--broker --pipe <name> --secret <hex>` (one UAC prompt for the whole batch of admin steps).
 *
 * Why this shape (the full argument is in docs/broker.md):
 * - Main (unelevated) is the pipe SERVER on a random name; the broker is the CLIENT. The secret
 *   travels only on the elevated process's command line, which the user's unelevated processes
 *   cannot read, and proves to main that the client is the broker it launched. Main takes one
 *   broker connection per launch and drops any client without the secret.
 * - The broker accepts step ids, command ids and params, never argv: it looks the step up in the
 *   compiled-in registry, refuses anything not `admin`, validates the params with the step's own
 *   schema and builds the CommandSpec itself with the same builder the unelevated runner uses.
 *   So even a compromised main can only ask for the app's own admin commands.
 * - Admin steps need no secrets (the Linux password is for unelevated in-distro steps), so the
 *   broker never receives one, and commands that want stdin are refused.
 * - Commands run through the PtyRunner: it streams output live in batches with flow control
 *   (acknowledged when the frame is written to the pipe, so a slow main slows the command rather
 *   than the broker's memory), stops the whole process tree on cancel, and enforces the spec's
 *   deadlines. dism and the WSL installer draw progress for a console, which a pty gives them.
 *   The ExecRunner only returns output when the process ends.
 * - The broker reports who it runs as; main refuses a broker elevated as another user.
 * - When main goes away (pipe closed), the broker stops what it runs and exits.
 */

/** Exit codes of the broker process. */
export const BROKER_EXIT = { closed: 0, mainGone: 1, usage: 2 } as const;

/** How long the broker waits to reach main before giving up. */
const CONNECT_TIMEOUT_MS = 15_000;

export interface BrokerOptions {
  /** Default: the compiled-in registry. Tests pass their own steps. */
  findStep?: StepLookup;
  runner?: PtyRunnerLike;
  /** Who this process runs as (default: `processIdentity()`). */
  identity?: () => Promise<Identity>;
  env?: NodeJS.ProcessEnv;
  host?: HostInfo;
  platform?: NodeJS.Platform;
  log?: RunnerLog;
}

export interface BrokerArgs {
  pipe: string;
  secret: string;
}

/** Reads `[--broker] --pipe <name> --secret <hex>`; anything else is a usage error. */
export function parseBrokerArgs(argv: readonly string[], platform: NodeJS.Platform = process.platform): BrokerArgs | null {
  const rest = argv[0] === '--broker' || argv[0] === 'broker' ? argv.slice(1) : argv;
  if (rest.length !== 4) return null;
  const values = new Map<string, string>();
  for (let i = 0; i < rest.length; i += 2) {
    const key = rest[i];
    const value = rest[i + 1];
    if ((key !== '--pipe' && key !== '--secret') || value === undefined || values.has(key)) return null;
    values.set(key, value);
  }
  const pipe = values.get('--pipe');
  const secret = values.get('--secret');
  if (pipe === undefined || secret === undefined || !isEndpointPath(pipe, platform) || !secretSchema.safeParse(secret).success) return null;
  return { pipe, secret };
}

/**
 * Runs the broker until main closes the session or goes away; resolves with the process exit
 * code. Never throws.
 */
export async function runBroker(argv: readonly string[], options: BrokerOptions = {}): Promise<number> {
  const log = options.log ?? silentLog;
  const args = parseBrokerArgs(argv, options.platform);
  if (!args) {
    log('broker usage error');
    return BROKER_EXIT.usage;
  }
  const env = options.env ?? process.env;
  const host = options.host ?? detectHost(env);
  const ctx: StepContext = { host, env, tool: (name) => resolveSystemTool(name, env, host), facts: FACTS_UNAVAILABLE };
  let identity: Identity;
  try {
    identity = await (options.identity ?? (() => processIdentity()))();
  } catch (error) {
    log('broker identity failed', { error: String(error) });
    return BROKER_EXIT.mainGone;
  }
  const socket = await connect(args.pipe);
  if (!socket) {
    log('broker could not reach main', { pipe: args.pipe });
    return BROKER_EXIT.mainGone;
  }
  const session = new BrokerConnection(socket, options.findStep ?? findSetupStep, options.runner ?? new PtyRunner({ baseEnv: env, log }), ctx, log);
  session.send({ type: 'hello', secret: args.secret, protocol: BROKER_PROTOCOL, identity });
  return session.finished;
}

function connect(pipe: string): Promise<net.Socket | null> {
  return new Promise((resolve) => {
    const socket = net.createConnection(pipe);
    const timer = setTimeout(() => {
      socket.destroy();
      resolve(null);
    }, CONNECT_TIMEOUT_MS);
    socket.once('connect', () => {
      clearTimeout(timer);
      resolve(socket);
    });
    socket.once('error', () => {
      clearTimeout(timer);
      resolve(null);
    });
  });
}

/** One connection to main: runs what it asks for, streams back, ends when main does. */
class BrokerConnection {
  readonly finished: Promise<number>;
  private resolveFinished!: (code: number) => void;
  private readonly connection: FrameConnection<MainFrame>;
  private readonly runs = new Map<string, RunHandle>();
  private ending = false;

  constructor(
    socket: net.Socket,
    private readonly findStep: StepLookup,
    private readonly runner: PtyRunnerLike,
    private readonly ctx: StepContext,
    private readonly log: RunnerLog,
  ) {
    this.finished = new Promise((resolve) => (this.resolveFinished = resolve));
    this.connection = new FrameConnection<MainFrame>(socket, mainFrameSchema);
    // Main went away (closed, crashed, killed) or sent something that is not a frame: stop everything and exit.
    this.connection.attach(
      (frame) => this.onFrame(frame),
      (why) => {
        this.log('broker lost main', { why });
        void this.end(BROKER_EXIT.mainGone, false);
      },
    );
  }

  send(frame: BrokerFrame, written?: () => void): void {
    this.connection.send(frame, written);
  }

  private onFrame(frame: MainFrame): void {
    if (frame.type === 'run') return this.start(frame);
    if (frame.type === 'cancel') return this.runs.get(frame.requestId)?.cancel();
    void this.end(BROKER_EXIT.closed, true);
  }

  private start(frame: RunFrame): void {
    if (this.ending) return;
    if (this.runs.has(frame.requestId)) {
      return this.send({ type: 'error', requestId: frame.requestId, code: 'duplicate-request', message: 'a run with this id is in progress' });
    }
    const resolved = resolveRun(frame, this.findStep, this.ctx);
    if (!resolved.ok) {
      this.log('broker refused a run', { stepId: frame.stepId, commandId: frame.commandId, code: resolved.code });
      return this.send({ type: 'error', requestId: frame.requestId, code: resolved.code, message: resolved.message });
    }
    this.log('broker run', { stepId: frame.stepId, commandId: frame.commandId, label: resolved.spec.label });
    const handle = this.runner.start(resolved.spec);
    this.runs.set(frame.requestId, handle);
    handle.onOutput((batch) => {
      for (const data of splitOutput(batch.data)) {
        // Credit goes back only once the frame left for the pipe: a slow reader pauses the pty.
        this.send({ type: 'output', requestId: frame.requestId, data }, () => handle.ack(data.length));
      }
    });
    void handle.done.then((result) => {
      this.runs.delete(frame.requestId);
      this.send(exitFrame(frame.requestId, result));
    });
  }

  /** Stops every run (their exit frames still go out while main is there), then ends the session. */
  private async end(code: number, mainStillThere: boolean): Promise<void> {
    if (this.ending) return;
    this.ending = true;
    const running = [...this.runs.values()];
    for (const run of running) {
      // Nobody acknowledges output any more once main is gone.
      if (!mainStillThere) run.setFlowControl(false);
      run.cancel();
    }
    await Promise.all(running.map((r) => r.done));
    if (mainStillThere) {
      this.connection.end();
      await this.connection.closed();
    }
    this.connection.destroy();
    this.resolveFinished(code);
  }
}

function exitFrame(requestId: string, r: RunResult): BrokerFrame {
  return {
    type: 'exit',
    requestId,
    exitCode: r.exitCode,
    tail: r.tail,
    durationMs: r.durationMs,
    launchError: r.launchError === null ? null : r.launchError.slice(0, 4096),
    stoppedBy: r.stoppedBy,
  };
}
