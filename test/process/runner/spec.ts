import fs from 'node:fs';
import type { CommandSpec } from '../../../electron/runner/command.js';

/** A CommandSpec with test defaults: 20 s hard deadline, no idle limit, success on 0. */
export function spec(file: string, args: string[] = [], extra: Partial<CommandSpec> = {}): CommandSpec {
  return { file, args, encoding: 'utf-8', timeoutMs: 20_000, label: 'test', ...extra };
}

/** Resolves after `ms`. */
export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * True while a process with this pid runs. A zombie counts as dead: orphans are re-parented to
 * PID 1, which in a container may be slow (or never) to reap them.
 */
export function alive(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    // No /proc entry (or no /proc): fall back to a signal-0 probe.
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
