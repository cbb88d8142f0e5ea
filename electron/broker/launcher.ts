import type { CommandSpec } from '../runner/command.js';
import type { ExecRunnerLike } from '../runner/runner.js';

/** How starting the elevated broker went. */
export type LaunchOutcome =
  /** The broker process was started; `exited` resolves (with a reason) if it ends, when that can be watched. */
  | { kind: 'started'; exited: Promise<string> | null; stop: () => void }
  /** The person said no at the UAC prompt. */
  | { kind: 'declined' }
  | { kind: 'failed'; reason: string };

/** Starts the broker with these arguments (`--broker --pipe … --secret …`), elevated where that means something. */
export interface BrokerLauncher {
  launch(brokerArgs: readonly string[]): Promise<LaunchOutcome>;
}

/** How long a directly started broker may live (a whole admin batch, with room). */
const BROKER_LIFETIME_MS = 12 * 60 * 60 * 1000;

/**
 * Linux and tests: starts `<file> <prefixArgs…> <brokerArgs…>` directly through the runner (no
 * elevation exists to ask for), so the same protocol runs over a real socket with a real child.
 * The real app passes its own executable; tests pass `node <entry>`.
 */
export class DirectBrokerLauncher implements BrokerLauncher {
  constructor(
    private readonly exec: ExecRunnerLike,
    private readonly command: { file: string; prefixArgs: readonly string[]; env?: Readonly<Record<string, string>> },
  ) {}

  launch(brokerArgs: readonly string[]): Promise<LaunchOutcome> {
    const spec: CommandSpec = {
      file: this.command.file,
      args: [...this.command.prefixArgs, ...brokerArgs],
      ...(this.command.env ? { env: this.command.env } : {}),
      encoding: 'utf-8',
      timeoutMs: BROKER_LIFETIME_MS,
      label: 'broker',
    };
    const abort = new AbortController();
    const exited = this.exec.exec(spec, { signal: abort.signal }).then((r) => r.launchError ?? `the broker exited (code ${String(r.exitCode)}, signal ${String(r.signal)})`);
    return Promise.resolve({ kind: 'started', exited, stop: () => abort.abort() });
  }
}
