import type { SimState } from './state.js';

/** What one simulated tool run prints and returns; `exitCode` is the Windows code (see exit-codes.ts). */
export interface ToolResult {
  stdout: Buffer;
  stderr?: Buffer;
  exitCode: number;
  /** The program never exits (a distro-side fault): the state is saved, then the process blocks until killed. */
  hang?: true;
}

/** What a tool handler gets: the state (changed in place), its argv and the environment. */
export interface ToolContext {
  state: SimState;
  args: string[];
  env: NodeJS.ProcessEnv;
  /** Reads stdin once (null when none was given); only in-distro runs read it. */
  stdin(): Promise<Buffer | null>;
}

export function text(stdout: string, exitCode = 0): ToolResult {
  return { stdout: Buffer.from(stdout.replace(/\r?\n/gu, '\r\n')), exitCode };
}
