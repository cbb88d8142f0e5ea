import { msg } from '../../../contract/messages.js';
import { ev } from '../gpu-chain/common.js';
import { distroCheck } from './probed-distro.js';

/**
 * systemd runs as PID 1 in the distro (`[boot] systemd=true`): Docker and the NVIDIA CDI
 * refresh units need it (domain.md §3.3). WSL reads /etc/wsl.conf only when the distro starts,
 * so a file that asks for systemd while PID 1 is still WSL's init means the distro has not been
 * restarted since (`wsl --terminate`): a warning, fixed by the `distro.config` step (which
 * restarts it).
 */
export const distroSystemdCheck = distroCheck('distro.systemd', 'setup.check.distroSystemd.title', (d) => {
  const evidence = d.wslConf ? [ev('setup.evidence.wslConfSystemd', d.wslConf.present ? d.wslConf.systemd : null)] : undefined;
  const fix = { text: msg('setup.fix.distroSystemd'), stepId: 'distro.config' };
  if (d.systemd === true) return { status: 'pass', summary: msg('setup.check.distroSystemd.pass'), evidence };
  if (d.systemd === false && d.wslConf?.systemd === true) return { status: 'warn', summary: msg('setup.check.distroSystemd.warn.restart'), evidence, fix };
  if (d.systemd === false) return { status: 'fail', summary: msg('setup.check.distroSystemd.fail'), evidence, fix };
  return { status: 'unknown', summary: msg('setup.check.distroSystemd.unknown') };
});
