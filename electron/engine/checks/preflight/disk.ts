import { msg } from '../../../contract/messages.js';
import type { Check } from '../../model.js';
import { onWindowsOnly } from '../applies.js';
import { ev, fix, formatMiB, notCaptured, PROBES } from './shared.js';
import { probesFor } from '../probe-needs.js';

/**
 * Free space budget on the system drive, where distros live by default: Ubuntu ~2 GB, a PyTorch
 * CUDA venv 5–8 GB, the CUDA toolkit 4–8 GB, container images 10–20 GB each (domain.md §1.5).
 */
export const DISK_FAIL_BELOW_MIB = 40 * 1024;
/** Below this, warn: one container image and a second venv will not fit. */
export const DISK_WARN_BELOW_MIB = 80 * 1024;

/** Is there enough free space on the system drive for a distro, a CUDA venv and images? */
export const diskCheck: Check = {
  id: 'preflight.disk',
  category: 'preflight',
  title: msg('check.preflight.disk.title'),
  prerequisites: [],
  needs: probesFor('inventory'),
  applies: onWindowsOnly,
  evaluate(facts) {
    const w = facts.windows;
    if (!w) return notCaptured(PROBES.inventory);
    const free = w.systemDriveFreeMiB;
    if (free === null) return { status: 'unknown', summary: msg('check.preflight.disk.unknown'), evidence: [ev('evidence.preflight.diskFree', null)] };
    const evidence = [ev('evidence.preflight.diskFree', formatMiB(free))];
    const params = { free: formatMiB(free), required: formatMiB(DISK_FAIL_BELOW_MIB), recommended: formatMiB(DISK_WARN_BELOW_MIB) };
    if (free < DISK_FAIL_BELOW_MIB) return { status: 'fail', summary: msg('check.preflight.disk.fail', params), evidence, fix: fix('fix.preflight.disk') };
    if (free < DISK_WARN_BELOW_MIB) return { status: 'warn', summary: msg('check.preflight.disk.warn', params), evidence, fix: fix('fix.preflight.disk') };
    return { status: 'pass', summary: msg('check.preflight.disk.pass', params), evidence };
  },
};
