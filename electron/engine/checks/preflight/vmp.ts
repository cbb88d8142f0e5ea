import { msg } from '../../../contract/messages.js';
import type { Check } from '../../model.js';
import { onWindowsOnly } from '../applies.js';
import { ev, fix, notCaptured, PROBES } from './shared.js';
import { probesFor } from '../probe-needs.js';

const VMP = 'VirtualMachinePlatform';

/**
 * Is the Virtual Machine Platform enabled and active? WSL 2 always needs it. A feature enabled
 * this boot already reads "enabled", but it is active only once its services (`vmcompute`,
 * `HNS`) exist, i.e. after the restart (domain.md §1.2, §1.4).
 */
export const vmpCheck: Check = {
  id: 'preflight.vmp',
  category: 'preflight',
  title: msg('check.preflight.vmp.title'),
  prerequisites: [],
  needs: probesFor('inventory'),
  applies: onWindowsOnly,
  evaluate(facts) {
    const host = facts.windowsHost;
    if (!host) return notCaptured(PROBES.inventory);
    const state = host.features.vmp;
    const signals = host.pendingRebootSignals;
    // Read from the service list itself: "enabled but not active" says nothing when VMP is off.
    const names = host.services?.map((s) => s.name.toLowerCase()) ?? null;
    const servicesExist = names === null ? null : names.includes('vmcompute') && names.includes('hns');
    const evidence = [ev('evidence.preflight.featureState', state), ev('evidence.preflight.vmpServices', servicesExist)];
    if (state === 'enabled') {
      const pending = signals.vmpEnabledNotActive === true || signals.wslInstallStatusComponents.some((c) => c.toLowerCase() === VMP.toLowerCase());
      if (pending) return { status: 'fail', summary: msg('check.preflight.vmp.fail.restartPending'), evidence, fix: fix('fix.preflight.restart') };
      return { status: 'pass', summary: msg('check.preflight.vmp.pass'), evidence };
    }
    if (state === 'disabled' || state === 'absent') {
      return { status: 'fail', summary: msg(`check.preflight.vmp.fail.${state}`), evidence, fix: fix('fix.preflight.vmp.enable', undefined, { stepId: 'windows.vmp' }) };
    }
    return { status: 'unknown', summary: msg('check.preflight.vmp.unknown'), evidence };
  },
};
