import fs from 'node:fs';
import path from 'node:path';
import { posixStatus } from './exit-codes.js';
import { NO_RULE_EXIT, noRule } from './no-rule.js';
import { appendCall, readState, writeState, type SimState } from './state.js';
import { syncToolFiles, type SimTool } from './tool-files.js';
import type { ToolContext, ToolResult } from './tool-result.js';
import { dismExe, nvidiaSmiExe, powershellExe, regExe, shutdownExe, taskkillExe } from './windows-tools.js';
import { wslExe } from './wsl.js';

const HANDLERS: Record<SimTool, (ctx: ToolContext) => ToolResult | Promise<ToolResult>> = {
  'wsl.exe': wslExe,
  'powershell.exe': powershellExe,
  'nvidia-smi.exe': nvidiaSmiExe,
  'dism.exe': dismExe,
  'reg.exe': regExe,
  'shutdown.exe': shutdownExe,
  'taskkill.exe': taskkillExe,
};

/** Reads stdin to its end; a terminal (a pty run) gives none, as an ignored stdin does. */
async function readStdin(): Promise<Buffer | null> {
  if (process.stdin.isTTY) return null;
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const all = Buffer.concat(chunks);
  return all.length > 0 ? all : null;
}

/** Answers one call against `state` (changed in place), in this process: the tools' logic without the process around it. */
export async function callTool(state: SimState, tool: string, args: string[], options: { env?: NodeJS.ProcessEnv; stdin?: Buffer | null } = {}): Promise<ToolResult> {
  const handler = HANDLERS[tool as SimTool] as ((ctx: ToolContext) => ToolResult | Promise<ToolResult>) | undefined;
  if (!handler) return noRule(tool, args);
  return handler({ state, args, env: options.env ?? {}, stdin: () => Promise.resolve(options.stdin ?? null) });
}

/** Calls the simulation had no answer for, one JSON line each: a test asserts the file stays absent. */
export const UNANSWERED_FILE = 'unanswered.jsonl';

const write = (stream: NodeJS.WriteStream, buf: Buffer | undefined) => new Promise<void>((res) => (buf && buf.length > 0 ? stream.write(buf, () => res()) : res()));

/**
 * Runs one simulated tool call: records it, answers from the state, replaces the state when the
 * call changed the machine, and returns the POSIX exit status of the Windows exit code.
 */
export async function runTool(dir: string, tool: string, args: string[]): Promise<number> {
  const stdin = await readStdin();
  appendCall(dir, { tool, args, stdin: stdin !== null });
  const state = readState(dir);
  if (state.faults.hang.some((h) => h.tool === tool && h.argsPrefix.every((a, i) => args[i] === a))) {
    // Stays until killed, as a wedged Windows tool does.
    setInterval(() => {}, 1 << 30);
    return new Promise<number>(() => {});
  }
  const before = JSON.stringify(state);
  const result = await callTool(state, tool, args, { env: process.env, stdin });
  if (result.exitCode === NO_RULE_EXIT) fs.appendFileSync(path.join(dir, UNANSWERED_FILE), JSON.stringify({ tool, args }) + '\n');
  if (JSON.stringify(state) !== before) {
    writeState(dir, state);
    // This process runs the tool entry, so it can write a wrapper that appeared (a new driver).
    syncToolFiles(dir, state, process.argv[1] ?? '');
  }
  await write(process.stdout, result.stdout);
  await write(process.stderr, result.stderr);
  if (result.hang) {
    // The program inside the distro never ends: stay until killed.
    setInterval(() => {}, 1 << 30);
    return new Promise<number>(() => {});
  }
  return posixStatus(result.exitCode);
}
