import { msg } from '../../../contract/messages.js';
import { ev } from '../gpu-chain/common.js';
import { distroCheck } from './probed-distro.js';

/**
 * The packages every stack needs inside the distro (python3-venv, python3-pip, ca-certificates,
 * curl, gnupg: the `packages.base` step's list, which the collector asks dpkg about) are
 * installed. Ubuntu 24.04's image lacks python3-venv and pip, so a fresh distro fails here.
 */
export const distroBasePackagesCheck = distroCheck('distro.base-packages', 'setup.check.distroBasePackages.title', (d) => {
  const p = d.basePackages;
  if (p === undefined || p === null || p.wanted.length === 0) return { status: 'unknown', summary: msg('setup.check.distroBasePackages.unknown') };
  if (p.missing.length === 0) return { status: 'pass', summary: msg('setup.check.distroBasePackages.pass'), evidence: [ev('setup.evidence.basePackages', p.wanted.join(', '))] };
  return {
    status: 'fail',
    summary: msg('setup.check.distroBasePackages.fail', { packages: p.missing.join(', ') }),
    evidence: [ev('setup.evidence.basePackagesMissing', p.missing.join(', '))],
    fix: { text: msg('setup.fix.distroBasePackages'), stepId: 'packages.base' },
  };
});
