import { msg } from '../../../contract/messages.js';
import type { Check } from '../../model.js';
import { onWindowsOnly } from '../applies.js';
import { ev, fix, notCaptured, PROBES } from './shared.js';
import { probesFor } from '../probe-needs.js';

/** GPU compute in WSL (GPU-PV, dxgkrnl) needs Windows 10 21H2 or later (domain.md §1.1). */
export const GPU_COMPUTE_MIN_BUILD = 19044;
/** The first Windows 11 build. */
export const WINDOWS_11_BUILD = 22000;

/**
 * Is this Windows new enough for GPU compute in WSL? Windows 11 passes; Windows 10 21H2+ works
 * but is past end of support (14 Oct 2025), so it warns; anything older fails.
 */
export const windowsCheck: Check = {
  id: 'preflight.windows',
  category: 'preflight',
  title: msg('check.preflight.windows.title'),
  prerequisites: [],
  needs: probesFor('inventory'),
  applies: onWindowsOnly,
  evaluate(facts) {
    const w = facts.windows;
    if (!w) return notCaptured(PROBES.inventory);
    const build = w.build;
    const shown = build === null ? null : w.ubr === null ? String(build) : `${build}.${w.ubr}`;
    const evidence = [ev('evidence.preflight.build', shown), ev('evidence.preflight.edition', w.edition), ev('evidence.preflight.displayVersion', w.displayVersion)];
    if (w.version) evidence.push(ev('evidence.windows.version', w.version));
    if (build === null) return { status: 'unknown', summary: msg('check.preflight.windows.unknown'), evidence };
    const params = { build: shown, displayVersion: w.displayVersion ?? '' };
    if (build >= WINDOWS_11_BUILD) return { status: 'pass', summary: msg('check.preflight.windows.pass', params), evidence };
    if (build >= GPU_COMPUTE_MIN_BUILD) {
      // Server 2022 (20348) sits between the two thresholds but is not Windows 10.
      const server = (facts.windowsHost?.productType ?? 1) > 1;
      return {
        status: 'warn',
        summary: msg(server ? 'check.preflight.windows.warn.server' : 'check.preflight.windows.warn.win10', params),
        evidence,
        fix: fix(server ? 'fix.preflight.windows.server' : 'fix.preflight.windows.upgrade'),
      };
    }
    return {
      status: 'fail',
      summary: msg('check.preflight.windows.fail.old', { ...params, minimum: GPU_COMPUTE_MIN_BUILD }),
      evidence,
      fix: fix('fix.preflight.windows.update'),
    };
  },
};
