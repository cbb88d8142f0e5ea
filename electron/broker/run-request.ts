import type { Facts } from '../contract/facts.js';
import type { AnySetupStep, StepContext } from '../engine/steps/model.js';
import type { CommandSpec } from '../runner/command.js';
import { errorText } from '../runner/launch-check.js';
import { issuesSummary, type RefusalCode, type RunFrame } from './protocol.js';

/** Looks a step up by id (the compiled-in registry in production, test steps in tests). */
export type StepLookup = (stepId: string) => AnySetupStep | undefined;

export type ResolvedRun = { ok: true; spec: CommandSpec } | { ok: false; code: RefusalCode; message: string };

/**
 * The broker's facts: none. An admin command's argv must follow from its validated params and
 * the broker's own machine (tool paths) alone, never from data main sent outside the params;
 * a step whose `build` reads facts fails here loudly instead of running on made-up facts.
 */
export const FACTS_UNAVAILABLE: Facts = new Proxy({} as Facts, {
  get(_target, key) {
    throw new Error(`facts are not available in the elevated broker (read: ${String(key)})`);
  },
});

/**
 * Turns a `run` frame into the command to start, or refuses it before anything runs: the step
 * must exist, be an `admin` step for this platform, name one of its own commands, need no stdin
 * (the broker holds no secrets and a pty has no clean end-of-input), and the params must pass
 * the step's own schema. Only then does the step's `build` make the argv, from those params.
 */
export function resolveRun(frame: RunFrame, lookup: StepLookup, ctx: StepContext): ResolvedRun {
  const step = lookup(frame.stepId);
  if (!step) return refuse('unknown-step', `no setup step ${JSON.stringify(frame.stepId)}`);
  if (step.elevation !== 'admin') return refuse('not-admin', `${step.id} runs unelevated, not in the broker`);
  if (!step.platforms.includes(ctx.host.platform)) return refuse('wrong-platform', `${step.id} does not run on ${ctx.host.platform}`);
  const command = step.commands.find((c) => c.id === frame.commandId);
  if (!command) return refuse('unknown-command', `${step.id} has no command ${JSON.stringify(frame.commandId)}`);
  if (command.stdin) return refuse('stdin-unsupported', `${step.id}/${command.id} needs stdin, which the broker does not provide`);
  const params = step.params.safeParse(frame.params);
  if (!params.success) return refuse('invalid-params', `${step.id}: ${issuesSummary(params.error)}`);
  try {
    return { ok: true, spec: command.build(ctx, params.data) };
  } catch (error) {
    return refuse('build-failed', `${step.id}/${command.id}: ${errorText(error)}`);
  }
}

function refuse(code: RefusalCode, message: string): ResolvedRun {
  return { ok: false, code, message: message.slice(0, 2000) };
}
