import type { Facts } from '../../../contract/facts.js';
import type { Msg } from '../../../contract/messages.js';
import { msg } from '../../../contract/messages.js';
import type { Check } from '../../model.js';
import { onWindowsOnly } from '../applies.js';
import { ev, fix, notCaptured, PROBES } from './shared.js';
import { WINDOWS_11_BUILD } from './windows.js';
import { probesFor } from '../probe-needs.js';

const WSL_FEATURE = 'Microsoft-Windows-Subsystem-Linux';

/** True when any registered distro (wsl.exe's list or this user's registry) runs as WSL 1. */
export function hasWsl1Distro(facts: Facts): boolean {
  return (facts.wsl?.distros ?? []).some((d) => d.version === 1) || (facts.windowsHost?.lxss?.distros ?? []).some((d) => d.version === 1);
}

/**
 * The optional component is needed only on Windows 10 (`wsl --install` adds it below build
 * 22000) or to run WSL 1 distros; on Windows 11 with WSL 2 only it is not needed (domain.md §1.2).
 */
function wslFeatureApplies(facts: Facts): true | Msg {
  const onWindows = onWindowsOnly(facts);
  if (onWindows !== true) return onWindows;
  const build = facts.windows?.build ?? null;
  if (build === null || build < WINDOWS_11_BUILD || hasWsl1Distro(facts)) return true;
  return msg('check.preflight.wslFeature.skip.notNeeded');
}

/** Is the "Windows Subsystem for Linux" optional component enabled, where it is needed? */
export const wslFeatureCheck: Check = {
  id: 'preflight.wsl-feature',
  category: 'preflight',
  title: msg('check.preflight.wslFeature.title'),
  prerequisites: [],
  needs: probesFor('inventory', 'wsl'),
  applies: wslFeatureApplies,
  evaluate(facts) {
    const host = facts.windowsHost;
    if (!host) return notCaptured(PROBES.inventory);
    const state = host.features.wsl;
    const evidence = [ev('evidence.preflight.featureState', state), ev('evidence.preflight.build', facts.windows?.build)];
    const lxssDriver = host.services === null ? null : host.services.some((s) => s.name.toLowerCase() === 'lxss');
    if (lxssDriver !== null) evidence.push(ev('evidence.preflight.lxssDriver', lxssDriver));
    const enableFix = hasWsl1Distro(facts) && (facts.windows?.build ?? 0) >= WINDOWS_11_BUILD ? 'fix.preflight.wslFeature.enableWsl1' : 'fix.preflight.wslFeature.enable';
    if (state === 'enabled') {
      // The component is active once its `lxss` driver exists; until the restart it does not.
      const pending = host.pendingRebootSignals.wslInstallStatusComponents.some((c) => c.toLowerCase() === WSL_FEATURE.toLowerCase()) || lxssDriver === false;
      if (pending) return { status: 'fail', summary: msg('check.preflight.wslFeature.fail.restartPending'), evidence, fix: fix('fix.preflight.restart') };
      return { status: 'pass', summary: msg('check.preflight.wslFeature.pass'), evidence };
    }
    if (state === 'disabled' || state === 'absent') return { status: 'fail', summary: msg('check.preflight.wslFeature.fail.notEnabled'), evidence, fix: fix(enableFix, undefined, { stepId: 'windows.wsl-feature' }) };
    return { status: 'unknown', summary: msg('check.preflight.wslFeature.unknown'), evidence };
  },
};
