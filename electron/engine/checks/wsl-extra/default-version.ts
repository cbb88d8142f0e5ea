import { msg } from '../../../contract/messages.js';
import type { Check } from '../../model.js';
import { onWindowsOnly } from '../applies.js';
import { ev, fix, notCaptured, PROBES } from '../preflight/shared.js';
import { probesFor } from '../probe-needs.js';

/**
 * Do new distros get WSL 2? Only WSL 2 has GPU access. Read from `wsl --status`, else from this
 * user's Lxss registry key (`DefaultVersion`).
 */
export const wslDefaultVersionCheck: Check = {
  id: 'wsl.default-version',
  category: 'wsl',
  title: msg('check.wsl.defaultVersion.title'),
  prerequisites: ['wsl.installed'],
  needs: probesFor('inventory', 'wsl'),
  applies: onWindowsOnly,
  evaluate(facts) {
    if (!facts.wsl && !facts.windowsHost) return notCaptured(PROBES.wsl);
    const version = facts.wsl?.defaultVersion ?? facts.windowsHost?.lxss?.defaultVersion ?? null;
    const evidence = [ev('evidence.wsl.defaultVersion', version)];
    if (version === 2) return { status: 'pass', summary: msg('check.wsl.defaultVersion.pass'), evidence };
    if (version === 1) return { status: 'fail', summary: msg('check.wsl.defaultVersion.fail.wsl1'), evidence, fix: fix('fix.wsl.defaultVersion', undefined, { stepId: 'wsl.default-version' }) };
    return { status: 'unknown', summary: msg('check.wsl.defaultVersion.unknown'), evidence };
  },
};
