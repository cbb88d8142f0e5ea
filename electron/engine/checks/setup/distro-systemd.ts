import { msg } from '../../../contract/messages.js';
import { distroCheck } from './probed-distro.js';

/**
 * systemd runs as PID 1 in the distro (`[boot] systemd=true`): Docker and the NVIDIA CDI
 * refresh units need it (domain.md §3.3). Fixed by the `distro.config` step.
 */
export const distroSystemdCheck = distroCheck('distro.systemd', 'setup.check.distroSystemd.title', (d) => {
  if (d.systemd === true) return { status: 'pass', summary: msg('setup.check.distroSystemd.pass') };
  if (d.systemd === false) return { status: 'fail', summary: msg('setup.check.distroSystemd.fail'), fix: { text: msg('setup.fix.distroSystemd'), stepId: 'distro.config' } };
  return { status: 'unknown', summary: msg('setup.check.distroSystemd.unknown') };
});
