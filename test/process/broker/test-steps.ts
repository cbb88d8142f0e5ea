import { z } from 'zod';
import type { AnySetupStep, SetupStep, StepCommand } from '../../../electron/engine/steps/model.js';
import { ZERO_IS_OK } from '../../../electron/engine/steps/exit-table.js';
import { msg, type Msg } from '../../../electron/contract/messages.js';

/**
 * Steps the broker tests register instead of the real registry (which other work fills): their
 * commands call the fake `wsl.exe` of a fake System32 with argv built from validated params.
 */

const params = z.strictObject({ mode: z.enum(['flood', 'hang', 'exit']), tag: z.string().regex(/^[a-z]{1,16}$/u) });
type Params = z.infer<typeof params>;

const title: Msg = msg('test.title');

const run: StepCommand<Params> = {
  id: 'run',
  build: (ctx, p) => ({ file: ctx.tool('wsl.exe'), args: [`--${p.mode}`, p.tag], encoding: 'utf-8', timeoutMs: 60_000, label: `test.${p.mode}` }),
  exitCodes: ZERO_IS_OK,
};

function step(id: string, extra: Partial<SetupStep<Params>>): AnySetupStep {
  return {
    id,
    stageId: 'windows',
    title,
    description: title,
    platforms: ['windows'],
    profiles: ['beginner'],
    params,
    defaultParams: () => ({ mode: 'exit', tag: 'x' }),
    preconditions: [],
    verify: [],
    fixes: [],
    commands: [run],
    elevation: 'admin',
    reboot: 'never',
    estimate: { downloadBytes: 0, seconds: 1 },
    ...extra,
  };
}

export const TEST_STEPS: readonly AnySetupStep[] = [
  step('test.admin', {}),
  step('test.user', { elevation: 'user' }),
  step('test.stdin', { commands: [{ ...run, stdin: { kind: 'data', text: () => 'x' } }] }),
  step('test.reads-facts', { commands: [{ ...run, build: (ctx) => ({ file: ctx.tool('wsl.exe'), args: [ctx.facts.wsl?.version ?? 'none'], encoding: 'utf-8', timeoutMs: 1000, label: 'x' }) }] }),
];

export function findTestStep(id: string): AnySetupStep | undefined {
  return TEST_STEPS.find((s) => s.id === id);
}
