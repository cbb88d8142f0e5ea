import { z } from 'zod';
import type { CheckResult, CheckStatus } from '../../../../electron/contract/checks.js';
import { msg } from '../../../../electron/contract/messages.js';
import type { SetupStep, StepContext } from '../../../../electron/engine/steps/model.js';
import { healthyFacts } from '../checks/facts-for.js';

/**
 * Small steps shaped like the real ones (admin feature with a reboot, an install with retry and a
 * fallback, a distro and a user with a secret on stdin, a stack with an undo record), so the
 * planner, the machine and the interpreter are tested without the real registries.
 */

const INSTALLER = { codes: { 0: 'ok', 3010: 'reboot-required', 1641: 'reboot-required', 1618: 'retryable', [-1]: 'failed' }, otherwise: 'failed' } as const;
const ZERO_OK = { codes: { 0: 'ok' }, otherwise: 'failed' } as const;
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const USER = /^[a-z_][a-z0-9_-]{0,31}$/;
const spec = (file: string, args: string[], label: string) => ({ file, args, encoding: 'utf-8' as const, timeoutMs: 60_000, label });
const base = { title: msg('t'), description: msg('d'), platforms: ['windows'] as const, fixes: [], estimate: { downloadBytes: 0, seconds: 10 } };

export const featureStep: SetupStep<Record<string, never>> = {
  ...base,
  id: 'test.feature',
  stageId: 'windows',
  profiles: ['beginner', 'cuda-pro'],
  params: z.strictObject({}),
  defaultParams: () => ({}),
  preconditions: [],
  verify: ['feat.on'],
  commands: [{ id: 'enable', build: (ctx) => spec(ctx.tool('dism.exe'), ['/Online', '/Enable-Feature', '/FeatureName:X', '/All', '/NoRestart'], 'enable'), exitCodes: INSTALLER }],
  elevation: 'admin',
  reboot: 'may',
  estimate: { downloadBytes: 0, seconds: 30 },
};

export const installStep: SetupStep<Record<string, never>> = {
  ...base,
  id: 'test.install',
  stageId: 'windows',
  profiles: ['beginner', 'cuda-pro'],
  params: z.strictObject({}),
  defaultParams: () => ({}),
  preconditions: ['feat.on'],
  verify: ['tool.installed'],
  commands: [
    { id: 'store', build: (ctx) => spec(ctx.tool('wsl.exe'), ['--install', '--no-distribution'], 'store'), exitCodes: INSTALLER, retry: { attempts: 3, backoffMs: [1000, 5000] } },
    { id: 'web', build: (ctx) => spec(ctx.tool('wsl.exe'), ['--install', '--no-distribution', '--web-download'], 'web'), exitCodes: INSTALLER, fallback: true },
  ],
  elevation: 'admin',
  reboot: 'may',
  estimate: { downloadBytes: 200_000_000, seconds: 120 },
};

export const distroStep: SetupStep<{ distro: string }> = {
  ...base,
  id: 'test.distro',
  stageId: 'distro',
  profiles: ['beginner', 'cuda-pro'],
  params: z.strictObject({ distro: z.string().regex(NAME) }),
  defaultParams: (_f, choices) => ({ distro: choices.distro ?? 'Ubuntu-24.04' }),
  preconditions: ['tool.installed'],
  verify: ['distro.present'],
  commands: [{ id: 'install', build: (ctx, p) => spec(ctx.tool('wsl.exe'), ['--install', p.distro, '--no-launch'], 'install'), exitCodes: ZERO_OK }],
  elevation: 'user',
  reboot: 'never',
  estimate: { downloadBytes: 500_000_000, seconds: 60 },
};

export const userStep: SetupStep<{ distro: string; user: string; setPassword: boolean }> = {
  ...base,
  id: 'test.user',
  stageId: 'distro',
  profiles: ['beginner', 'cuda-pro'],
  params: z.strictObject({ distro: z.string().regex(NAME), user: z.string().regex(USER).refine((u) => u !== 'root'), setPassword: z.boolean() }),
  defaultParams: (_f, choices) => ({ distro: choices.distro ?? 'Ubuntu-24.04', user: choices.user ?? 'ml', setPassword: true }),
  preconditions: ['distro.present'],
  verify: ['distro.user'],
  commands: [
    { id: 'useradd', build: (ctx, p) => spec(ctx.tool('wsl.exe'), ['--distribution', p.distro, '--user', 'root', '--exec', '/usr/sbin/useradd', '--create-home', p.user], 'useradd'), exitCodes: { codes: { 0: 'ok', 9: 'ok' }, otherwise: 'failed' } },
    {
      id: 'chpasswd',
      build: (ctx, p) => spec(ctx.tool('wsl.exe'), ['--distribution', p.distro, '--user', 'root', '--exec', '/usr/sbin/chpasswd'], 'chpasswd'),
      stdin: { kind: 'secret', text: (_c, p, secrets) => `${p.user}:${secrets.password ?? ''}\n` },
      exitCodes: ZERO_OK,
      skip: (_c, p) => !p.setPassword,
    },
  ],
  elevation: 'user',
  reboot: 'never',
};

export const torchStep: SetupStep<{ distro: string }> = {
  ...base,
  id: 'test.torch',
  stageId: 'stacks',
  profiles: ['beginner'],
  stack: 'pytorch',
  params: z.strictObject({ distro: z.string().regex(NAME) }),
  defaultParams: (_f, choices) => ({ distro: choices.distro ?? 'Ubuntu-24.04' }),
  preconditions: ['distro.user'],
  verify: ['fw.torch'],
  commands: [{ id: 'pip', build: (ctx, p) => spec(ctx.tool('wsl.exe'), ['--distribution', p.distro, '--exec', '/usr/bin/pip', 'install', 'torch'], 'pip'), exitCodes: ZERO_OK }],
  elevation: 'user',
  reboot: 'never',
  estimate: { downloadBytes: 3_000_000_000, seconds: 600 },
  undo: () => ({ stack: 'pytorch', aptPackages: [], aptSources: [], paths: ['/home/ml/venv'] }),
};

export const dockerStep: SetupStep<Record<string, never>> = {
  ...base,
  id: 'test.docker',
  stageId: 'stacks',
  profiles: ['cuda-pro'],
  stack: 'docker-nvidia',
  params: z.strictObject({}),
  defaultParams: () => ({}),
  preconditions: ['distro.user'],
  verify: ['docker.gpu'],
  commands: [{ id: 'apt', build: (ctx) => spec(ctx.tool('wsl.exe'), ['--exec', 'apt-get', 'install', 'docker-ce'], 'apt'), exitCodes: ZERO_OK }],
  elevation: 'user',
  reboot: 'never',
};

/** Registry order: the order a fresh machine needs them. */
export const testSteps = [featureStep, installStep, distroStep, userStep, torchStep, dockerStep];

/** Every check any test step names. */
export const ALL_CHECKS = ['feat.on', 'tool.installed', 'distro.present', 'distro.user', 'fw.torch', 'docker.gpu'];

export function stepContext(): StepContext {
  return { host: { platform: 'windows', simulated: true }, env: {}, tool: (name) => `C:\\Windows\\System32\\${name}`, facts: healthyFacts() };
}

/** Check results with these statuses (anything not named: `fail`). */
export function results(status: Record<string, CheckStatus>, ids: readonly string[] = ALL_CHECKS): CheckResult[] {
  return ids.map((id) => ({ id, category: 'preflight', status: status[id] ?? 'fail', title: msg(id), summary: msg(id), evidence: [] }));
}

export const allPass = (ids: readonly string[] = ALL_CHECKS) => results(Object.fromEntries(ids.map((id) => [id, 'pass' as const])), ids);
