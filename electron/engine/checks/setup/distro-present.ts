import { msg } from '../../../contract/messages.js';
import { distroCheck } from './probed-distro.js';

/**
 * The distro the setup works in answered the collector. `wsl.distro` passes when any distro is
 * registered; this one is about the distro the setup installs or reuses (the inspection aims the
 * collector at it), so a machine with only another distro does not count as having it.
 */
export const distroPresentCheck = distroCheck('distro.present', 'setup.check.distroPresent.title', (d) => ({
  status: 'pass',
  summary: msg('setup.check.distroPresent.pass', { name: d.name }),
}));
