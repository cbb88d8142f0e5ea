import { msg } from '../../../contract/messages.js';
import type { Check } from '../../model.js';
import { onWindowsOnly } from '../applies.js';
import { ev, fix, nameList, notCaptured, PROBES } from '../preflight/shared.js';
import { knownDistros } from './distros.js';
import { probesFor } from '../probe-needs.js';

/** The distro the app installs when none exists (domain.md §3.1). */
export const RECOMMENDED_DISTRO = 'Ubuntu-24.04';

/** Is at least one distro registered for this user? Distros are per Windows user. */
export const wslDistroCheck: Check = {
  id: 'wsl.distro',
  category: 'wsl',
  title: msg('check.wsl.distro.title'),
  prerequisites: ['wsl.installed'],
  needs: probesFor('inventory', 'wsl'),
  applies: onWindowsOnly,
  evaluate(facts) {
    if (!facts.wsl && !facts.windowsHost) return notCaptured(PROBES.wsl);
    const distros = knownDistros(facts);
    const names = nameList(distros.map((d) => d.name));
    const evidence = [ev('evidence.wsl.distros', distros.length === 0 ? '0' : names)];
    const defaultName = facts.wsl?.defaultDistribution ?? facts.windowsHost?.lxss?.defaultDistributionName ?? null;
    if (defaultName) evidence.push(ev('evidence.wsl.defaultDistro', defaultName));
    if (distros.length > 0) return { status: 'pass', summary: msg('check.wsl.distro.pass', { count: distros.length, names }), evidence };
    return { status: 'warn', summary: msg('check.wsl.distro.warn.none'), evidence, fix: fix('fix.wsl.distro.install', { distro: RECOMMENDED_DISTRO }, { stepId: 'distro.install' }) };
  },
};
