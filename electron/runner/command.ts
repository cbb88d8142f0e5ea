/**
 * A command to run, fully described as data. There is no shell and no command-line string:
 * `file` is an absolute path (from the system-tool resolver) and `args` is an argv array.
 */

/** How captured bytes are decoded: `auto` detects UTF-16LE (BOM or NUL pattern) and falls back to UTF-8. */
export type OutputEncoding = 'utf-8' | 'utf-16le' | 'auto';

export interface CommandSpec {
  /** Absolute path of the executable. */
  file: string;
  args: readonly string[];
  /** Added to (not replacing) the runner's base environment. */
  env?: Readonly<Record<string, string>>;
  cwd?: string;
  encoding: OutputEncoding;
  /** Hard deadline for the whole run. */
  timeoutMs: number;
  /** Stop the run when it prints nothing for this long (0 or absent: no idle limit). */
  idleTimeoutMs?: number;
  /** A short name for logs, e.g. `wsl.version`. */
  label: string;
}

/** Builds a command line for logs only: never passed to a shell. */
export function describeCommand(spec: CommandSpec): string {
  return [spec.file, ...spec.args].map((a) => (/^[\w./:=@%+-]+$/.test(a) ? a : JSON.stringify(a))).join(' ');
}
