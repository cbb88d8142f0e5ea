import { z } from 'zod';
import type { Facts } from '../../../contract/facts.js';
import type { Msg } from '../../../contract/messages.js';
import type { SetupChoices, StackId } from '../../../contract/setup.js';
import { ZERO_IS_OK } from '../exit-table.js';
import type { SetupStep, StepCommand, UndoRecord } from '../model.js';
import { aptCommand, aptInstallArgs, NETWORK_RETRY } from '../packages/base.js';
import { inDistroCommand, withEnv } from '../packages/in-distro.js';
import { pipNextAction, refinePip } from '../packages/pip-output.js';
import { proxyEnv } from '../packages/proxy.js';
import { stackOptions } from './options.js';
import type { VendorRuntime } from './vendor-runtime.js';
import { stackTargetOf, stackTargetSchema, venvIsTheUsers } from './target-params.js';

/**
 * The Python stacks: one venv the app manages for the Linux user (venvPath), created with the
 * distro's python3 and filled with pip as that user, never as root and never into the system
 * Python (PEP 668). pip runs in the C locale with the proxy in its environment.
 */

/** PyTorch's own indexes only: `--index-url` never points anywhere else. */
const indexUrlSchema = z.union([z.literal(''), z.string().regex(/^https:\/\/download\.pytorch\.org\/whl\/[a-z0-9.]{2,16}$/u)]);

export interface VenvStackSpec<Pkg extends string> {
  stack: StackId;
  title: Msg;
  description: Msg;
  /** Every requirement this stack may pass to pip (the params may only pick from these). */
  allowed: readonly [Pkg, ...Pkg[]];
  /** What to install and from which index on this machine. */
  choose(facts: Facts): { packages: Pkg[]; indexUrl: string };
  /** System libraries the stack needs first (apt), if any. */
  aptPackages?: readonly string[];
  /** The vendor's GPU runtime the wheels need inside the distro, installed first (see vendor-runtime.ts). */
  runtime?: VendorRuntime;
  /** What `pip uninstall` removes for these requirements (extras resolve to these distributions). */
  uninstall(packages: readonly Pkg[]): string[];
  /** GPU-chain checks whose pass means "installed and working on the GPU". */
  verify: readonly string[];
  estimate: { downloadBytes: number; seconds: number };
}

/** The exit table of pip: 0 ok; 1 (error) and 2 (usage) failed until the output says otherwise. */
const PIP_EXIT = ZERO_IS_OK;

/** `python3 -m venv V` as the user (idempotent: an existing venv is upgraded in place, never replaced). */
export function venvCommand<P extends { distro: string; user: string; venv: string }>(): StepCommand<P> {
  return {
    id: 'venv',
    build: (ctx, p) => inDistroCommand(ctx, { distro: p.distro, user: p.user, argv: ['/usr/bin/python3', '-m', 'venv', p.venv], label: 'venv', timeoutMs: 5 * 60_000 }),
    exitCodes: ZERO_IS_OK,
    refine: refinePip,
    nextAction: pipNextAction,
  };
}

/** `V/bin/python -m pip install [--index-url X] packages…` as the user, C locale, proxy in the environment. */
export function pipInstallArgv(p: { venv: string; proxy: string; indexUrl: string }, packages: readonly string[]): string[] {
  const index = p.indexUrl === '' ? [] : ['--index-url', indexUrlSchema.parse(p.indexUrl)];
  return withEnv(['LC_ALL=C.UTF-8', 'PIP_DISABLE_PIP_VERSION_CHECK=1', ...proxyEnv(p.proxy)], [`${p.venv}/bin/python`, '-m', 'pip', 'install', ...index, ...packages]);
}

/** Builds one venv stack step from its spec. */
export function venvStackStep<Pkg extends string>(spec: VenvStackSpec<Pkg>): SetupStep<z.infer<typeof stackTargetSchema> & { indexUrl: string; packages: Pkg[] }> {
  const schema = stackTargetSchema
    .extend({ indexUrl: indexUrlSchema, packages: z.array(z.enum(spec.allowed)).min(1) })
    .refine(venvIsTheUsers, { message: 'venv is not the app venv of this user' });
  type P = z.infer<typeof schema>;
  const pip: StepCommand<P> = {
    id: 'pip-install',
    build: (ctx, p) => inDistroCommand(ctx, { distro: p.distro, user: p.user, argv: pipInstallArgv(p, p.packages), label: 'pip-install', timeoutMs: 90 * 60_000, idleTimeoutMs: 10 * 60_000 }),
    exitCodes: PIP_EXIT,
    refine: refinePip,
    nextAction: pipNextAction,
    retry: NETWORK_RETRY,
  };
  const apt = spec.aptPackages ? [aptCommand<P>('apt-install', () => aptInstallArgs(spec.aptPackages ?? []), 30 * 60_000)] : [];
  const runtime: readonly StepCommand<P>[] = spec.runtime?.commands ?? [];
  return {
    id: `stack.${spec.stack}`,
    stageId: 'stacks',
    title: spec.title,
    description: spec.description,
    platforms: ['windows'],
    profiles: ['beginner', 'cuda-pro'],
    stack: spec.stack,
    params: schema,
    defaultParams(facts: Facts, choices: SetupChoices): P | null {
      if (stackOptions(facts).find((o) => o.id === spec.stack)?.supported !== true) return null;
      const target = stackTargetOf(facts, choices);
      return target === null ? null : { ...target, ...spec.choose(facts) };
    },
    preconditions: [],
    verify: spec.verify,
    fixes: spec.verify,
    commands: [...runtime, ...apt, venvCommand<P>(), pip],
    elevation: 'user',
    reboot: 'never',
    estimate: spec.estimate,
    undo: (p: P): UndoRecord => ({
      stack: spec.stack,
      aptPackages: [...(spec.runtime?.undo.aptPackages ?? []), ...(spec.aptPackages ?? [])],
      aptSources: [...(spec.runtime?.undo.aptSources ?? [])],
      paths: [...(spec.runtime?.undo.paths ?? [])],
      pipPackages: { venv: p.venv, packages: spec.uninstall(p.packages) },
    }),
  };
}
