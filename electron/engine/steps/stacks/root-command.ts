import { ZERO_IS_OK } from '../exit-table.js';
import type { StepCommand } from '../model.js';
import { inDistroCommand } from '../packages/in-distro.js';
import type { StackTarget } from './target-params.js';

/** A root program in the distro with a plain 0-is-ok table (systemctl, nvidia-ctk, ldconfig …). */
export function rootCommand(id: string, argv: (p: StackTarget) => string[], timeoutMs = 120_000): StepCommand<StackTarget> {
  return { id, build: (ctx, p) => inDistroCommand(ctx, { distro: p.distro, user: 'root', argv: argv(p), label: id, timeoutMs }), exitCodes: ZERO_IS_OK };
}
