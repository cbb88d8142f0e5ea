import { parseArgs } from 'node:util';
import { profileSchema, setupChoicesSchema } from '../contract/schemas.js';
import type { Profile, SetupChoices, StackId } from '../contract/setup.js';
import { STACK_IDS } from '../contract/setup.js';

/** The installer's commands: plan, apply, resume, undo (and the elevated broker mode). */
export type SetupCliArgs =
  | { ok: true; command: 'plan'; profile: Profile; choices: SetupChoices; json: boolean; lang?: 'en' | 'ja' }
  | { ok: true; command: 'apply'; profile: Profile; choices: SetupChoices; unattended: boolean; passwordStdin: boolean; lang?: 'en' | 'ja' }
  | { ok: true; command: 'resume'; passwordStdin: boolean; lang?: 'en' | 'ja' }
  | { ok: true; command: 'undo'; stack: StackId; lang?: 'en' | 'ja' }
  | { ok: false; error: string };

export const SETUP_COMMANDS = ['plan', 'apply', 'resume', 'undo'] as const;

export const SETUP_USAGE = `  wsl-gpu-setup plan --profile beginner|cuda-pro [--json] [--distro <name>] [--user <name>] [--stack <id>]… [--backup]
  wsl-gpu-setup apply --profile beginner|cuda-pro [--unattended] [--distro <name>] [--user <name>] [--stack <id>]… [--backup] [--password-stdin]
  wsl-gpu-setup resume [--password-stdin]
  wsl-gpu-setup undo --stack <id>

Installer:
  plan         Print the steps this machine still needs (exact commands, admin, restarts, downloads, why).
  apply        Show the plan, ask for consent (y/N) and run it; --unattended accepts it without asking.
               --password-stdin reads the new Linux user's password from standard input.
               --backup exports the existing distro (wsl --export) before the first step that changes it.
  resume       Continue the saved setup run (after a restart or a crash). The password is never
               saved: give it again with --password-stdin when the Linux user is still to be created.
  undo         Remove what the setup installed for one stack.
  Exit codes: 0 done, 1 failed, 2 usage (bad input, refused before anything runs), 3010 restart required.
`;

/**
 * Parses an installer command line. Names go through the contract's allow-lists (the same the
 * IPC channels use), so a hostile distro or user name is refused here, before any process starts.
 */
export function parseSetupArgs(command: (typeof SETUP_COMMANDS)[number], argv: string[]): SetupCliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: false,
      options: {
        profile: { type: 'string' },
        json: { type: 'boolean' },
        lang: { type: 'string' },
        distro: { type: 'string' },
        user: { type: 'string' },
        stack: { type: 'string', multiple: true },
        unattended: { type: 'boolean' },
        'password-stdin': { type: 'boolean' },
        backup: { type: 'boolean' },
      },
    });
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  const v = parsed.values;
  if (v.lang !== undefined && v.lang !== 'en' && v.lang !== 'ja') return { ok: false, error: '--lang must be en or ja' };
  const lang: { lang?: 'en' | 'ja' } = v.lang === 'en' || v.lang === 'ja' ? { lang: v.lang } : {};
  const allowed: Record<typeof command, string[]> = {
    plan: ['profile', 'json', 'lang', 'distro', 'user', 'stack', 'backup'],
    apply: ['profile', 'lang', 'distro', 'user', 'stack', 'unattended', 'password-stdin', 'backup'],
    resume: ['lang', 'password-stdin'],
    undo: ['stack', 'lang'],
  };
  const extra = Object.keys(v).filter((k) => !allowed[command].includes(k));
  if (extra.length) return { ok: false, error: `${command} does not take ${extra.map((k) => `--${k}`).join(' ')}` };
  if (command === 'resume') return { ok: true, command: 'resume', passwordStdin: v['password-stdin'] ?? false, ...lang };
  if (command === 'undo') {
    const stack = v.stack?.length === 1 ? v.stack[0] : undefined;
    if (!stack || !(STACK_IDS as readonly string[]).includes(stack)) return { ok: false, error: `undo needs one --stack of: ${STACK_IDS.join(', ')}` };
    return { ok: true, command, stack: stack as StackId, ...lang };
  }
  const profile = profileSchema.safeParse(v.profile);
  if (!profile.success) return { ok: false, error: '--profile must be beginner or cuda-pro' };
  const choices = setupChoicesSchema.safeParse({
    ...(v.distro !== undefined ? { distro: v.distro } : {}),
    ...(v.user !== undefined ? { user: v.user } : {}),
    ...(v.stack !== undefined ? { stacks: v.stack } : {}),
    ...(v.backup === true ? { exportBeforeChange: true } : {}),
  });
  if (!choices.success) {
    const fields = [...new Set(choices.error.issues.map((i) => `--${i.path[0] === 'stacks' ? 'stack' : String(i.path[0])}`))];
    return { ok: false, error: `not allowed: ${fields.join(' ')} (distro: letters, digits, . _ -; user: lower case letters, digits, _ -, not a system account; stack: ${STACK_IDS.join(', ')})` };
  }
  if (command === 'plan') return { ok: true, command, profile: profile.data, choices: choices.data, json: v.json ?? false, ...lang };
  return { ok: true, command, profile: profile.data, choices: choices.data, unattended: v.unattended ?? false, passwordStdin: v['password-stdin'] ?? false, ...lang };
}
