import { msg } from '../../../contract/messages.js';
import type { Check } from '../../model.js';
import { onWindowsOnly } from '../applies.js';
import { ev, fix, notCaptured, PROBES } from './shared.js';
import { probesFor } from '../probe-needs.js';

/**
 * Does Windows start the hypervisor at boot? `hypervisorlaunchtype off` (often left behind by
 * guides for older VirtualBox/VMware) stops WSL 2 from starting. Reading it needs an
 * elevated token; a running hypervisor proves it is not off, so no elevation is needed then.
 */
export const hypervisorLaunchCheck: Check = {
  id: 'preflight.hypervisor-launch',
  category: 'preflight',
  title: msg('check.preflight.hypervisorLaunch.title'),
  prerequisites: [],
  needs: probesFor('inventory'),
  applies: onWindowsOnly,
  evaluate(facts) {
    const host = facts.windowsHost;
    if (!host) return notCaptured(PROBES.inventory);
    const launch = host.hypervisorLaunchType;
    const running = host.virtualization.hypervisorPresent;
    const evidence = [ev('evidence.preflight.hypervisorLaunchType', launch.raw ?? launch.value ?? launch.reason), ev('evidence.preflight.hypervisorPresent', running)];
    const setAuto = fix('fix.preflight.hypervisorLaunch.setAuto');
    if (launch.value === 'off') return { status: 'fail', summary: msg('check.preflight.hypervisorLaunch.fail.off'), evidence, fix: setAuto };
    if (launch.value === 'auto' || running === true) return { status: 'pass', summary: msg('check.preflight.hypervisorLaunch.pass'), evidence };
    if (launch.value === 'unset') {
      // Enabling the Virtual Machine Platform writes the element; once it is enabled, absent means off.
      if (host.features.vmp === 'enabled') return { status: 'fail', summary: msg('check.preflight.hypervisorLaunch.fail.unset'), evidence, fix: setAuto };
      return { status: 'warn', summary: msg('check.preflight.hypervisorLaunch.warn.unsetBeforeVmp'), evidence, fix: fix('fix.preflight.vmp.enable') };
    }
    if (launch.value === 'other') {
      return { status: 'warn', summary: msg('check.preflight.hypervisorLaunch.warn.other', { value: launch.raw ?? '' }), evidence, fix: setAuto };
    }
    if (launch.reason === 'not-elevated') return { status: 'unknown', summary: msg('check.preflight.hypervisorLaunch.unknown.notElevated'), evidence };
    if (launch.reason === 'language-mode') return { status: 'unknown', summary: msg('check.preflight.hypervisorLaunch.unknown.languageMode'), evidence, fix: fix('fix.preflight.inventory.constrained') };
    return { status: 'unknown', summary: msg('check.preflight.hypervisorLaunch.unknown.unreadable'), evidence };
  },
};
