import { z } from 'zod';
import { msg } from '../../../contract/messages.js';
import type { SetupStep } from '../model.js';
import { ZERO_IS_OK } from '../exit-table.js';
import { windowsExitTable } from '../windows-exit-codes.js';
import { nextActionAfter, support } from '../windows/next-actions.js';
import { wslRootExecSpec } from '../windows/wsl-spec.js';
import { distroNameSchema, isAcceptablePassword, linuxUserSchema } from './names.js';
import { chosenDistro, chosenUser } from './params.js';

/** `setPassword`: false only when the user already exists and no new password was asked for. */
export const userParams = z.object({ distro: distroNameSchema, user: linuxUserSchema, setPassword: z.boolean() }).strict();
export type UserParams = z.infer<typeof userParams>;

/**
 * useradd's own statuses pass through wsl.exe (domain.md §2.2): 0 created, 9 "username already
 * in use" (shadow-utils useradd(8) EXIT VALUES) — the user exists, which is what the step wants;
 * wsl.exe's -1 is its own failure.
 */
export const USERADD_EXIT = windowsExitTable(['wslFailure'], { 0: 'ok', 9: 'ok' });

/**
 * The Linux user, created non-interactively as root (no OOBE, no sudo prompt): `useradd` with a
 * home, bash and the sudo group, then `chpasswd` with `user:password` on stdin — the password
 * never reaches an argv, a log or the journal.
 */
export const userStep: SetupStep<UserParams> = {
  id: 'distro.user',
  stageId: 'distro',
  title: msg('setup.step.distro.user.title'),
  description: msg('setup.step.distro.user.description'),
  platforms: ['windows'],
  profiles: ['beginner', 'cuda-pro'],
  params: userParams,
  defaultParams: (facts, choices) => {
    const user = chosenUser(facts, choices);
    const exists = facts.distro?.defaultUser?.name === user;
    return { distro: chosenDistro(choices), user, setPassword: !exists };
  },
  preconditions: ['wsl.distro'],
  verify: ['distro.user'],
  fixes: ['distro.user'],
  commands: [
    {
      id: 'useradd',
      build: (ctx, p) => wslRootExecSpec(ctx, 'distro.user.useradd', p.distro, ['/usr/sbin/useradd', '--create-home', '--shell', '/bin/bash', '--groups', 'sudo', p.user]),
      exitCodes: USERADD_EXIT,
    },
    {
      id: 'chpasswd',
      build: (ctx, p) => wslRootExecSpec(ctx, 'distro.user.chpasswd', p.distro, ['/usr/sbin/chpasswd']),
      stdin: {
        kind: 'secret',
        text: (_ctx, p, secrets) => {
          if (!isAcceptablePassword(secrets.password)) throw new RangeError('distro.user: the password is missing, too long or has a line break');
          return `${p.user}:${secrets.password}\n`;
        },
      },
      exitCodes: ZERO_IS_OK,
      skip: (_ctx, p) => !p.setPassword,
    },
  ],
  elevation: 'user',
  reboot: 'never',
  // Two quick commands in a started distro; the first start of the VM dominates [est].
  estimate: { downloadBytes: 0, seconds: 20 },
  nextAction: (outcome, tail) => nextActionAfter(outcome, tail, () => support('distro.user', tail)),
};
