import type { PlannedCommand } from '../../contract/setup.js';
import { describeCommand } from '../../runner/command.js';
import type { AnySetupStep, StepCommand, StepContext } from '../steps/model.js';

/**
 * The commands a step runs for these params, in order: those its own `skip` leaves out are gone.
 * The planner shows exactly these and the interpreter runs exactly these, so the plan a person
 * accepted and the run never disagree.
 */
export function activeCommands<P>(step: { commands: readonly StepCommand<P>[] }, ctx: StepContext, params: P): StepCommand<P>[] {
  return step.commands.filter((c) => !c.skip?.(ctx, params));
}

/** One command as the plan shows it: the exact argv (secrets are on stdin, never here). */
export function plannedCommand<P>(command: StepCommand<P>, ctx: StepContext, params: P): PlannedCommand {
  const spec = command.build(ctx, params);
  return {
    label: command.fallback ? `${command.id} (fallback)` : command.id,
    argv: [spec.file, ...spec.args],
    display: describeCommand(spec),
    stdin: command.stdin?.kind ?? 'none',
  };
}

/** Parses params with the step's own schema: the only way params reach `build`. */
export function parseStepParams(step: AnySetupStep, raw: unknown): { ok: true; params: Record<string, unknown> } | { ok: false; issues: string } {
  const parsed = step.params.safeParse(raw);
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map((i) => `${i.path.join('.') || '(params)'}: ${i.message}`).join('; ') };
  return { ok: true, params: parsed.data as Record<string, unknown> };
}
