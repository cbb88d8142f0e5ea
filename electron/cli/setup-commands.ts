import { createSetupService } from '../app/create-setup.js';
import type { SetupService } from '../app/setup-service.js';
import type { SetupOptions } from '../app/create-setup.js';
import type { SetupRunView, StackId } from '../contract/setup.js';
import { detectHost } from '../host/platform.js';
import { ExecRunner } from '../runner/exec-runner.js';
import type { CliIo, CliStdin } from './cli-io.js';
import { formatPlanText, formatRunText, planToJson } from './format-plan.js';
import type { SetupCliArgs } from './setup-args.js';
import { createTranslator } from '../app/engine-translator.js';
import { pickLanguage } from './translate.js';

/** Exit codes of the installer commands (3010: Windows' "restart required", as installers use it). */
export const SETUP_EXIT = { done: 0, failed: 1, usage: 2, rebootRequired: 3010 } as const;


/**
 * plan / apply / resume / undo. Arguments were validated (allow-lists) before this runs; apply
 * without --unattended refuses a non-terminal stdin before probing anything, and asks y/N on a
 * terminal after printing the plan.
 */
export async function runSetupCommand(args: Extract<SetupCliArgs, { ok: true }>, io: CliIo & { stdin?: CliStdin; setup?: SetupOptions }): Promise<number> {
  const t = await createTranslator(pickLanguage(args.lang, io.env));
  const say = (text: string) => io.stdout(`${text}\n`);
  if (args.command === 'apply' && !args.unattended && !io.stdin?.isTTY) {
    io.stderr(`${t({ key: 'cli.setup.notTty' })}\n`);
    return SETUP_EXIT.usage;
  }
  let password: string | undefined;
  if ((args.command === 'apply' || args.command === 'resume') && args.passwordStdin) {
    password = (await io.stdin?.readAll())?.replace(/\r?\n$/, '');
    if (!password) {
      io.stderr(`${t({ key: 'cli.setup.passwordEmpty' })}\n`);
      return SETUP_EXIT.usage;
    }
  }

  const host = detectHost(io.env);
  const exec = new ExecRunner({ baseEnv: io.env });
  const service = createSetupService({ env: io.env, exec, setup: { ...io.setup, ...(password ? { secrets: { password } } : {}) } }, host);

  const finish = async (started: boolean): Promise<number> => {
    const run = service.current();
    if (!started || !run) return SETUP_EXIT.failed;
    const view: SetupRunView = await run.settled();
    say(formatRunText(view, t));
    return view.state === 'done' ? SETUP_EXIT.done : view.state === 'reboot-pending' ? SETUP_EXIT.rebootRequired : SETUP_EXIT.failed;
  };
  const unavailable = (what: string) => {
    io.stderr(`${t({ key: 'cli.setup.unavailable', params: { what } })}\n`);
    return SETUP_EXIT.failed;
  };

  switch (args.command) {
    case 'plan':
    case 'apply': {
      const planned = await service.plan(args.profile, args.choices);
      if (!planned.ok) {
        io.stderr(`${t({ key: 'cli.setup.planFailed', params: { reason: t(planned.error.msg) } })}\n`);
        // A refused choice is a usage error; a plan this build cannot make is a failure to report.
        return /^(order-cycle|unbuildable)\b/u.test(planned.error.message) ? SETUP_EXIT.failed : SETUP_EXIT.usage;
      }
      const { plan, ctx } = planned.value;
      if (args.command === 'plan') {
        say(args.json ? JSON.stringify(planToJson(plan, t), null, 2) : formatPlanText(plan, t));
        return SETUP_EXIT.done;
      }
      say(formatPlanText(plan, t));
      if (plan.steps.length === 0) return SETUP_EXIT.done;
      if (!args.unattended) {
        io.stdout(t({ key: 'cli.setup.consent' }));
        const answer = (await io.stdin?.readLine())?.trim().toLowerCase();
        if (answer !== 'y' && answer !== 'yes') {
          say(t({ key: 'cli.setup.declined' }));
          return SETUP_EXIT.failed;
        }
      }
      const started = service.start(plan, ctx);
      if (!started.ok) return started.error.code === 'not-supported' ? unavailable('apply') : (io.stderr(`${started.error.message}\n`), SETUP_EXIT.failed);
      return finish(true);
    }
    case 'resume': {
      const r = await service.resume();
      if (!r.ok) return r.error.code === 'not-supported' ? unavailable('resume') : (io.stderr(`${r.error.message}\n`), SETUP_EXIT.failed);
      if (r.value.kind === 'none') return (say(t({ key: 'cli.setup.noJournal' })), SETUP_EXIT.done);
      if (r.value.kind === 'finished') return (say(t({ key: 'cli.setup.alreadyFinished' })), SETUP_EXIT.done);
      if (r.value.kind !== 'started') {
        io.stderr(`${t({ key: 'cli.setup.journalUnusable', params: { reason: r.value.reason ?? r.value.kind } })}\n`);
        return SETUP_EXIT.failed;
      }
      return finish(true);
    }
    case 'undo':
      return undo(args.stack, io, service, t);
  }
}

/**
 * `undo --stack NAME`: the setup service's undo (the one `setup:undo` also uses), printed.
 * 0 removed; 1 not installed by the app, unreadable record, refused record or a failed command.
 */
async function undo(stack: StackId, io: CliIo, service: SetupService, t: Awaited<ReturnType<typeof createTranslator>>): Promise<number> {
  const undone = await service.undo(stack, (text) => io.stdout(text.endsWith('\n') ? text : `${text}\n`));
  if (!undone.ok) {
    io.stderr(`${undone.error.code === 'not-supported' ? t({ key: 'cli.setup.unavailable', params: { what: `undo --stack ${stack}` } }) : undone.error.message}\n`);
    return SETUP_EXIT.failed;
  }
  const r = undone.value;
  switch (r.kind) {
    case 'done':
      io.stdout(`${t({ key: 'cli.setup.undoDone', params: { stack, count: r.commands } })}\n`);
      return SETUP_EXIT.done;
    case 'not-installed':
      io.stderr(`${t({ key: r.reason === 'unreadable' ? 'cli.setup.undoUnreadable' : 'cli.setup.undoNotByApp', params: { stack } })}\n`);
      return SETUP_EXIT.failed;
    case 'refused':
      io.stderr(`${t({ key: 'cli.setup.undoRefused', params: { stack, reason: r.reason } })}\n`);
      return SETUP_EXIT.failed;
    case 'failed':
      io.stderr(`${r.tail}\n${t({ key: 'cli.setup.undoFailed', params: { stack, command: r.label, exitCode: r.exitCode ?? '-' } })}\n`);
      return SETUP_EXIT.failed;
  }
}
