import { msg } from '../../../contract/messages.js';
import type { Check } from '../../model.js';
import { onWindowsOnly } from '../applies.js';
import { ev, fix, formatMiB, notCaptured, PROBES } from './shared.js';
import { probesFor } from '../probe-needs.js';

/**
 * Windows reports physical memory less what firmware and an integrated GPU reserve, so a 16 GB
 * machine reads about 15.2–15.9 GiB. The thresholds allow 10 % for that.
 */
const RESERVED_ALLOWANCE = 0.9;
/** At least this (a "16 GB" machine) passes: WSL 2 gets half, 8 GiB, by default. */
export const MEMORY_PASS_MIB = Math.floor(16 * 1024 * RESERVED_ALLOWANCE);
/** Below this (an "8 GB" machine) fails: WSL would get under 4 GiB, too little to train in. */
export const MEMORY_FAIL_BELOW_MIB = Math.floor(8 * 1024 * RESERVED_ALLOWANCE);

/** Is there enough RAM? WSL 2 takes half of the physical memory by default (`.wslconfig memory`). */
export const memoryCheck: Check = {
  id: 'preflight.memory',
  category: 'preflight',
  title: msg('check.preflight.memory.title'),
  prerequisites: [],
  needs: probesFor('inventory'),
  applies: onWindowsOnly,
  evaluate(facts) {
    const w = facts.windows;
    if (!w) return notCaptured(PROBES.inventory);
    const total = w.memoryMiB;
    if (total === null) return { status: 'unknown', summary: msg('check.preflight.memory.unknown'), evidence: [ev('evidence.preflight.memoryTotal', null)] };
    const wslShare = Math.floor(total / 2);
    const evidence = [ev('evidence.preflight.memoryTotal', formatMiB(total)), ev('evidence.preflight.memoryWslDefault', formatMiB(wslShare))];
    const params = { total: formatMiB(total), wsl: formatMiB(wslShare) };
    if (total < MEMORY_FAIL_BELOW_MIB) return { status: 'fail', summary: msg('check.preflight.memory.fail', params), evidence, fix: fix('fix.preflight.memory') };
    if (total < MEMORY_PASS_MIB) return { status: 'warn', summary: msg('check.preflight.memory.warn', params), evidence, fix: fix('fix.preflight.memory') };
    return { status: 'pass', summary: msg('check.preflight.memory.pass', params), evidence };
  },
};
