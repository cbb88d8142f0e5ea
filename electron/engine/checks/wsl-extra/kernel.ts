import { msg } from '../../../contract/messages.js';
import type { Check } from '../../model.js';
import { onWindowsOnly } from '../applies.js';
import { ev, fix, notCaptured, PROBES } from '../preflight/shared.js';
import { probesFor } from '../probe-needs.js';

/**
 * Is the WSL 2 kernel installed? `wsl --version` prints its version; without one (the old inbox
 * WSL without the kernel package) WSL 2 distros cannot start (ERROR_LINUX_SUBSYSTEM_UPDATE_REQUIRED).
 */
export const wslKernelCheck: Check = {
  id: 'wsl.kernel',
  category: 'wsl',
  title: msg('check.wsl.kernel.title'),
  prerequisites: ['wsl.installed'],
  needs: probesFor('wsl'),
  applies: onWindowsOnly,
  evaluate(facts) {
    const wsl = facts.wsl;
    if (!wsl) return notCaptured(PROBES.wsl);
    const evidence = [ev('evidence.wsl.kernel', wsl.kernelVersion)];
    if (wsl.kernelVersion) return { status: 'pass', summary: msg('check.wsl.kernel.pass', { version: wsl.kernelVersion }), evidence };
    return { status: 'warn', summary: msg(wsl.kind === 'inbox' ? 'check.wsl.kernel.warn.inbox' : 'check.wsl.kernel.warn.unread'), evidence, fix: fix('fix.wsl.update', undefined, { stepId: 'wsl.update' }) };
  },
};
