import { msg } from '../../../contract/messages.js';
import type { Check } from '../../model.js';
import { onWindowsOnly } from '../applies.js';
import { ev, fix, notCaptured, PROBES } from './shared.js';
import { probesFor } from '../probe-needs.js';

/**
 * Can this machine run the WSL 2 virtual machine? A running hypervisor settles it. Without one,
 * the processor flags tell: firmware virtualization (VT-x / AMD SVM) and SLAT are both required.
 * While a hypervisor runs those flags read false by design, so they are only judged without one
 * (domain.md §1.3).
 */
export const virtualizationCheck: Check = {
  id: 'preflight.virtualization',
  category: 'preflight',
  title: msg('check.preflight.virtualization.title'),
  prerequisites: [],
  needs: probesFor('inventory'),
  applies: onWindowsOnly,
  evaluate(facts) {
    const host = facts.windowsHost;
    if (!host) return notCaptured(PROBES.inventory);
    const v = host.virtualization;
    const evidence = [
      ev('evidence.preflight.hypervisorPresent', v.hypervisorPresent),
      ev('evidence.preflight.firmwareVirtualization', v.firmwareEnabled),
      ev('evidence.preflight.slat', v.slat),
    ];
    if (v.hypervisorPresent === true) return { status: 'pass', summary: msg('check.preflight.virtualization.pass.running'), evidence };
    if (v.firmwareEnabled === false) {
      return { status: 'fail', summary: msg('check.preflight.virtualization.fail.firmware'), evidence, fix: fix('fix.preflight.virtualization.firmware') };
    }
    if (v.slat === false) {
      return { status: 'fail', summary: msg('check.preflight.virtualization.fail.slat'), evidence, fix: fix('fix.preflight.virtualization.slat') };
    }
    if (v.firmwareEnabled === true && v.slat === true) {
      // Capable but no hypervisor yet: the Virtual Machine Platform and launch-type checks say why.
      return { status: 'pass', summary: msg('check.preflight.virtualization.pass.capable'), evidence };
    }
    return { status: 'unknown', summary: msg('check.preflight.virtualization.unknown'), evidence };
  },
};
