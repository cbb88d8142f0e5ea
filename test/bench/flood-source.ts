/**
 * The benchmark flood: numbered 60-byte lines (`line 000000000 xxx…`), printed by C programs
 * (`seq | head -c`) so the producer outruns any pty, and cut at an exact byte count so the
 * receiver can prove every byte arrived, in order (see flood-verifier.js). Every throughput
 * bench floods this same stream.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

/** Bytes per flood line, LF included. */
export const FLOOD_LINE_BYTES = 60;

/** The verifier script (also injected into the Chromium page). */
export const FLOOD_VERIFIER_PATH = fileURLToPath(new URL('./flood-verifier.js', import.meta.url));

/** What a verifier says about the stream it was fed. */
export interface FloodVerdict {
  inOrder: boolean;
  /** Characters that arrived (the pty turns each LF into CRLF). */
  chars: number;
  expectedChars: number;
  error: string | null;
}

export interface FloodVerifier {
  push(data: string): void;
  /** The expected count has arrived: a throughput run stops its clock here, not at exit. */
  complete(): boolean;
  result(): FloodVerdict;
}

type VerifierClass = new (bytes: number) => FloodVerifier;
let verifierClass: VerifierClass | null = null;

/** A fresh verifier for a flood of `bytes` bytes. */
export function createFloodVerifier(bytes: number): FloodVerifier {
  if (!verifierClass) {
    const sandbox: { FloodVerifier?: VerifierClass } = {};
    // The script's globalThis is `sandbox` here, as it is `window` in the page.
    vm.runInNewContext(fs.readFileSync(FLOOD_VERIFIER_PATH, 'utf8'), sandbox, { filename: FLOOD_VERIFIER_PATH });
    if (!sandbox.FloodVerifier) throw new Error('flood-verifier.js defined no FloodVerifier');
    verifierClass = sandbox.FloodVerifier;
  }
  return new verifierClass(bytes);
}

/** A flood size as a whole, positive number of bytes (it goes into a command line). */
function checkedBytes(bytes: number): number {
  if (!Number.isSafeInteger(bytes) || bytes <= 0) throw new Error(`flood size must be a positive integer, got ${bytes}`);
  return bytes;
}

/**
 * `/bin/sh -c` arguments that print the flood. seq prints just enough lines; its stderr is
 * dropped only for the broken-pipe note when head stops reading (anything else shows up as a
 * short or wrong stream in the verifier). The shell then stays a second: on Linux, what a pty
 * still holds when its last writer exits can be lost at hang-up (node-pty drops it; the runner
 * tests cover that edge), and these figures are about throughput, not that edge. The clock of a
 * run stops when the last expected character arrives, so the wait is not counted.
 */
export function floodShellArgs(bytes: number): string[] {
  const n = checkedBytes(bytes);
  const lastLine = Math.ceil(n / FLOOD_LINE_BYTES) - 1;
  return ['-c', `seq -f 'line %09.0f ${'x'.repeat(44)}' 0 ${lastLine} 2>/dev/null | head -c ${n}; sleep 1`];
}
