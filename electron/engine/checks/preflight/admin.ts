import { msg } from '../../../contract/messages.js';
import type { Check } from '../../model.js';
import { onWindowsOnly } from '../applies.js';
import { ev, fix, notCaptured, PROBES } from './shared.js';
import { probesFor } from '../probe-needs.js';

/**
 * Can this account approve a UAC prompt? Enabling Windows components, `bcdedit` and driver
 * installs need an administrator; a member of Administrators counts even while unelevated,
 * since UAC elevates it on demand (domain.md §8.3).
 */
export const adminCheck: Check = {
  id: 'preflight.admin',
  category: 'preflight',
  title: msg('check.preflight.admin.title'),
  prerequisites: [],
  needs: probesFor('inventory'),
  applies: onWindowsOnly,
  evaluate(facts) {
    const w = facts.windows;
    if (!w) return notCaptured(PROBES.inventory);
    const evidence = [ev('evidence.preflight.elevated', w.elevated), ev('evidence.preflight.isAdmin', w.isAdmin)];
    if (w.elevated === true) return { status: 'pass', summary: msg('check.preflight.admin.pass.elevated'), evidence };
    if (w.isAdmin === true) return { status: 'pass', summary: msg('check.preflight.admin.pass.canElevate'), evidence };
    if (w.isAdmin === false) return { status: 'warn', summary: msg('check.preflight.admin.warn.standardUser'), evidence, fix: fix('fix.preflight.admin') };
    return { status: 'unknown', summary: msg('check.preflight.admin.unknown'), evidence };
  },
};
