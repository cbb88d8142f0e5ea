import type { ToolResult } from './tool-result.js';

/** Exit status of a call the simulation has no answer for (as test/fakes/fake-tool.mjs). */
export const NO_RULE_EXIT = 97;

/** A call the simulation does not model: loud, so a test finds the gap instead of a made-up answer. */
export function noRule(tool: string, args: string[]): ToolResult {
  return { stdout: Buffer.alloc(0), stderr: Buffer.from(`simulated ${tool}: no rule for ${JSON.stringify(args)}\n`), exitCode: NO_RULE_EXIT };
}
