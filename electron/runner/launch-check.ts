import fs from 'node:fs';
import path from 'node:path';

/** Receives one line per runner event (which absolute file ran, how it ended). */
export type RunnerLog = (message: string, fields?: Readonly<Record<string, unknown>>) => void;

/** The default logger: drops everything. */
export const silentLog: RunnerLog = () => {};

/**
 * Checks, before spawning, that `file` is an absolute path to something runnable, and returns
 * the launch error to report (null when fine). A relative path is refused outright: it would
 * be looked up in PATH or the cwd, which is exactly what the system-tool resolver prevents.
 * node-pty on Linux forks first and only then fails in `execvp`, which would surface as exit
 * code 1 with an error printed into the terminal; checking first turns that into a launch error.
 */
export function launchProblem(file: string, platform: NodeJS.Platform): string | null {
  const absolute = platform === 'win32' ? path.win32.isAbsolute(file) : path.posix.isAbsolute(file);
  if (!absolute) return `EINVAL: not an absolute path: ${file}`;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return `EACCES: not a file: ${file}`;
    if (platform !== 'win32') fs.accessSync(file, fs.constants.X_OK);
  } catch (error) {
    return errorText(error, file);
  }
  return null;
}

/** `CODE: message` for a Node system error, or the plain message. */
export function errorText(error: unknown, file?: string): string {
  const e = error as NodeJS.ErrnoException | undefined;
  const code = typeof e?.code === 'string' ? e.code : null;
  const message = e instanceof Error ? e.message : String(error);
  if (code && message.startsWith(code)) return message;
  return code ? `${code}: ${message}` : file ? `${message}: ${file}` : message;
}

/** The spec's variables over the base environment, dropping undefined values. */
export function mergeEnv(base: NodeJS.ProcessEnv, extra: Readonly<Record<string, string>> | undefined): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(base)) if (typeof v === 'string') env[k] = v;
  if (extra) Object.assign(env, extra);
  return env;
}
