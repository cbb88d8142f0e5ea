import type { Facts } from '../../../../electron/contract/facts.js';
import type { StepContext } from '../../../../electron/engine/steps/model.js';
import { describeCommand } from '../../../../electron/runner/command.js';
import type { AnySetupStep } from '../../../../electron/engine/steps/model.js';
import { factsFor } from '../checks/facts-for.js';

/** A Windows step context whose tools live in C:\Windows\System32 (what the resolver returns there). */
export function windowsCtx(facts: Facts = factsFor(), env: NodeJS.ProcessEnv = { LOCALAPPDATA: 'C:\\Users\\alice\\AppData\\Local' }): StepContext {
  return { host: { platform: 'windows', simulated: false }, env, tool: (name) => `C:\\Windows\\System32\\${name}`, facts };
}

/** The exact argv (file first) of each command of a step for these params. */
export function commandArgvs(step: AnySetupStep, params: unknown, ctx: StepContext = windowsCtx()): string[][] {
  const parsed: unknown = step.params.parse(params);
  return step.commands.map((c) => {
    const spec = c.build(ctx, parsed);
    return [spec.file, ...spec.args];
  });
}

/** The display line of each command (what the plan shows): describeCommand of the argv. */
export function commandLines(step: AnySetupStep, params: unknown, ctx: StepContext = windowsCtx()): string[] {
  const parsed: unknown = step.params.parse(params);
  return step.commands.map((c) => describeCommand(c.build(ctx, parsed)));
}
