import { msg } from '../../../contract/messages.js';
import type { Check } from '../../model.js';
import { onWindowsOnly } from '../applies.js';
import { ev, fix, nameList, notCaptured, PROBES } from './shared.js';
import { probesFor } from '../probe-needs.js';

const VMP = 'VirtualMachinePlatform';

/**
 * Is a restart pending? Components WSL enabled this boot (the volatile InstallStatus key) or a
 * Virtual Machine Platform without its services mean WSL 2 cannot work until the restart: fail.
 * Servicing, Windows Update and file-rename signals are general: warn, naming which (domain.md §1.4).
 */
export const pendingRebootCheck: Check = {
  id: 'preflight.pending-reboot',
  category: 'preflight',
  title: msg('check.preflight.pendingReboot.title'),
  prerequisites: [],
  needs: probesFor('inventory'),
  applies: onWindowsOnly,
  evaluate(facts) {
    const host = facts.windowsHost;
    if (!host) return notCaptured(PROBES.inventory);
    const s = host.pendingRebootSignals;
    const evidence = [
      ev('evidence.preflight.signal.wslInstallStatus', s.wslInstallStatus === true && s.wslInstallStatusComponents.length > 0 ? nameList(s.wslInstallStatusComponents) : s.wslInstallStatus),
      ev('evidence.preflight.signal.cbs', s.cbsRebootPending),
      ev('evidence.preflight.signal.windowsUpdate', s.windowsUpdateRebootRequired),
      ev('evidence.preflight.signal.fileRename', s.pendingFileRenameOperations),
      ev('evidence.preflight.signal.vmpNotActive', s.vmpEnabledNotActive),
    ];
    const components = [...s.wslInstallStatusComponents];
    if (s.vmpEnabledNotActive === true && !components.some((c) => c.toLowerCase() === VMP.toLowerCase())) components.push(VMP);
    if (components.length > 0 || s.wslInstallStatus === true) {
      const names = components.length > 0 ? nameList(components) : 'WSL';
      return { status: 'fail', summary: msg('check.preflight.pendingReboot.fail.wsl', { components: names }), evidence, fix: fix('fix.preflight.restart') };
    }
    const general: string[] = [];
    if (s.cbsRebootPending === true) general.push('Component Based Servicing');
    if (s.windowsUpdateRebootRequired === true) general.push('Windows Update');
    if (s.pendingFileRenameOperations === true) general.push('PendingFileRenameOperations');
    if (general.length > 0) return { status: 'warn', summary: msg('check.preflight.pendingReboot.warn.general', { signals: general.join(', ') }), evidence, fix: fix('fix.preflight.restart') };
    const read = [s.wslInstallStatus, s.cbsRebootPending, s.windowsUpdateRebootRequired, s.pendingFileRenameOperations, s.vmpEnabledNotActive];
    if (read.every((f) => f === null)) return { status: 'unknown', summary: msg('check.preflight.pendingReboot.unknown'), evidence };
    return { status: 'pass', summary: msg('check.preflight.pendingReboot.pass'), evidence };
  },
};
