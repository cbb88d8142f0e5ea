import { msg } from '../../../contract/messages.js';
import type { Check } from '../../model.js';
import { onWindowsOnly } from '../applies.js';
import { ev, fix, notCaptured, PROBES } from './shared.js';
import { probesFor } from '../probe-needs.js';

/**
 * Does the app run as the signed-in user? Distros, the default distro and `.wslconfig` are per
 * Windows user: elevated with another account's credentials, every wsl.exe call sees that
 * account's (usually empty) registration. WSL refuses to run as SYSTEM at all (domain.md §8.3).
 */
export const accountCheck: Check = {
  id: 'preflight.account',
  category: 'preflight',
  title: msg('check.preflight.account.title'),
  prerequisites: [],
  needs: probesFor('inventory'),
  applies: onWindowsOnly,
  evaluate(facts) {
    const host = facts.windowsHost;
    if (!host) return notCaptured(PROBES.inventory);
    const user = host.processUser;
    const evidence = [ev('evidence.preflight.processUser', user?.name), ev('evidence.preflight.interactiveUser', host.interactiveUser)];
    if (user?.isSystem === true) return { status: 'fail', summary: msg('check.preflight.account.fail.system'), evidence, fix: fix('fix.preflight.account.system') };
    const params = { user: user?.name ?? '', console: host.interactiveUser ?? '' };
    if (host.runsAsOtherUser === true) return { status: 'warn', summary: msg('check.preflight.account.warn.otherUser', params), evidence, fix: fix('fix.preflight.account.otherUser') };
    if (host.runsAsOtherUser === false) return { status: 'pass', summary: msg('check.preflight.account.pass', params), evidence };
    // No console user to compare with (a remote desktop session), but the process user is known.
    if (user?.name && user.isSystem === false) return { status: 'pass', summary: msg('check.preflight.account.pass.noConsole', params), evidence };
    return { status: 'unknown', summary: msg('check.preflight.account.unknown'), evidence };
  },
};
