import { classifyOutput } from '../host/outcome/classify.js';
import type { EventChannel, EventChannels, InvokeChannel, InvokeChannels } from '../contract/channels.js';
import { INVOKE_CHANNELS, SEND_CHANNELS } from '../contract/channels.js';
import type { AppError, Result } from '../contract/errors.js';
import { fail, ok } from '../contract/errors.js';
import { msg } from '../contract/messages.js';
import { schemas } from '../contract/schemas.js';
import type { Engine } from '../engine/engine.js';
import type { AppHost } from './app-host.js';
import type { EngineOptions } from './create-engine.js';
import { createEngine } from './create-engine.js';
import type { SetupOptions } from './create-setup.js';
import { createSetupService } from './create-setup.js';
import { RESUME_FLAG } from '../host/windows/commands.js';
import { undoResult } from './undo-result.js';
import { createSupport } from './support/create-support.js';
import type { SupportPorts } from './support/support-ports.js';

/** One handler per invoke channel, typed by the channel map (arguments already validated). */
type Handlers = {
  [C in InvokeChannel]: (args: InvokeChannels[C]['args']) => Result<InvokeChannels[C]['result']> | Promise<Result<InvokeChannels[C]['result']>>;
};

/**
 * Builds the contract host around one engine. Every call is checked against the channel list
 * and the channel's zod schema before a handler runs; handler exceptions become `internal`
 * errors instead of crashing the main process.
 */
export function createAppHost(
  options: EngineOptions & { version?: string; setup?: SetupOptions; launchArgs?: readonly string[]; /** Dialogs and the shell (Electron); default: fixed folders under the state folder. */ support?: SupportPorts },
): AppHost {
  const engine: Engine = createEngine(options);
  const setup = createSetupService(options, engine.hostInfo());
  const log = options.log ?? (() => {});
  const support = createSupport(options, engine.hostInfo());
  // Started by Windows from RunOnce after a restart: pick the journaled run up at once. The
  // setup channels wait for it, so a page never starts a second run beside it; a resume that
  // cannot start yet (the password is needed again) is told to the page through `setup:get`.
  let resumeError: AppError | null = null;
  const resuming: Promise<void> = options.launchArgs?.includes(RESUME_FLAG)
    ? setup.resume().then(
        (r) => {
          if (!r.ok) resumeError = r.error;
          log(`resume at launch: ${r.ok ? r.value.kind : r.error.message}`);
        },
        (e: unknown) => log(`resume at launch threw: ${e instanceof Error ? e.message : String(e)}`),
      )
    : Promise.resolve();

  const handlers: Handlers = {
    'app:info': () => {
      const { platform, simulated } = engine.hostInfo();
      return ok({ version: options.version ?? '0.0.0', platform, simulated });
    },
    'engine:get': () => ok(engine.view()),
    'checks:run': async () => ok(await engine.diagnose()),
    // The machine's reply to these events is exactly the channel's result (machine.ts).
    'step:start': ([arg]) => engine.dispatch({ type: 'step-requested', stepId: arg.stepId }) as Result<{ runId: string }>,
    'run:cancel': ([arg]) => engine.dispatch({ type: 'cancel-requested', runId: arg.runId }) as Result<{ cancelled: boolean }>,
    'run:resize': ([arg]) => (engine.resize(arg.runId, arg.cols, arg.rows) ? ok(null) : fail('not-found', `no active run ${arg.runId}`, { msg: msg('error.run.notFound', { runId: arg.runId }) })),
    'setup:plan': async ([arg]) => {
      const r = await setup.plan(arg.profile, arg.choices);
      return r.ok ? ok(r.value.plan) : r;
    },
    'setup:apply': async ([arg]) => {
      await resuming;
      const r = await setup.apply(arg.profile, arg.choices, arg.password ? { password: arg.password } : undefined);
      return r.ok ? ok({ runId: r.value.runId }) : r;
    },
    'setup:resume': async (args) => {
      await resuming;
      const password = args[0]?.password;
      const r = await setup.resume(password ? { password } : undefined);
      if (r.ok) resumeError = null;
      return r.ok ? ok({ runId: r.value.runId }) : r;
    },
    'setup:cancel': ([arg]) => setup.cancel(arg.runId),
    'setup:restart': async ([arg]) => {
      await resuming;
      return setup.restart(arg.runId);
    },
    'setup:get': async () => {
      await resuming;
      return ok({ run: await setup.runView(), titles: setup.stepTitles(), resumeError, installed: await setup.installedStacks(), checkTitles: setup.checkTitles() });
    },
    'setup:verify': async () => ok(await setup.diagnoseRun()),
    'setup:undo': async ([arg]) => {
      await resuming;
      const r = await setup.undo(arg.stack);
      return r.ok ? undoResult(r.value) : r;
    },
    'support:preview': () => support.preview(),
    'support:export': ([arg]) => support.exportBundle(arg.token),
    'support:open': () => support.open(),
    'support:info': () => ok(support.info()),
    'support:open-logs': () => support.openLogs(),
    'explain:run': ([arg]) => Promise.resolve(ok(classifyOutput({ tool: arg.tool, exitCode: arg.exitCode, output: arg.text }))),
  };

  return {
    async invoke(channel, args) {
      if (!(INVOKE_CHANNELS as readonly string[]).includes(channel)) return fail('unknown-channel', `no invoke channel ${channel}`);
      const name = channel as keyof Handlers;
      const parsed = schemas[name].safeParse(args);
      if (!parsed.success) return fail('invalid-argument', `invalid arguments for ${channel}`, { detail: parsed.error.message.slice(0, 2000) });
      try {
        return await (handlers[name] as (args: unknown) => Promise<Result<unknown>> | Result<unknown>)(parsed.data);
      } catch (e) {
        log(`handler ${channel} threw: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        return fail('internal', `${channel} failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    },
    send(channel, args) {
      if (!(SEND_CHANNELS as readonly string[]).includes(channel)) return log(`dropped send on unknown channel ${channel}`);
      const parsed = schemas['run:ack'].safeParse(args);
      if (!parsed.success) return log(`dropped invalid ${channel}`);
      const [{ runId, chars }] = parsed.data;
      engine.ack(runId, chars);
    },
    subscribe(listener: <C extends EventChannel>(channel: C, payload: EventChannels[C]) => void) {
      const fromEngine = engine.subscribe(listener);
      const fromSetup = setup.subscribe((e) => (e.channel === 'setup:state' ? listener('setup:state', e.payload) : listener('run:output', e.payload)));
      return () => {
        fromEngine();
        fromSetup();
      };
    },
    dispose: async () => {
      setup.current()?.cancel();
      await engine.dispose();
    },
  };
}
