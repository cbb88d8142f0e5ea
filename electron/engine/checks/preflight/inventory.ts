import { msg } from '../../../contract/messages.js';
import type { Check } from '../../model.js';
import { onWindowsOnly } from '../applies.js';
import { ev, fix, nameList, notCaptured, PROBES } from './shared.js';
import { probesFor } from '../probe-needs.js';

/** Longest excerpt of unusable PowerShell output shown in the summary. */
const EXCERPT_CHARS = 160;

/**
 * Could the Windows inventory be read, and how much of it? Every other preflight check reads
 * it, so without this check a PowerShell that printed nothing usable (a device policy that
 * blocks scripts, a broken PowerShell) would only show as a column of `unknown`s. It fails
 * with the cause when PowerShell ran but no inventory came out, says why when PowerShell could
 * not be started at all, and warns when PowerShell ran in
 * Constrained Language Mode (AppLocker or WDAC), which leaves the token flags and the
 * hypervisor launch type unread, or when some sections failed.
 */
export const inventoryCheck: Check = {
  id: 'preflight.inventory',
  category: 'preflight',
  title: msg('check.preflight.inventory.title'),
  prerequisites: [],
  needs: probesFor('inventory'),
  applies: onWindowsOnly,
  evaluate(facts) {
    const host = facts.windowsHost;
    if (!host) return notCaptured(PROBES.inventory);
    const whole = host.issues.find((i) => i.section === null);
    const unread = nameList(host.issues.map((i) => i.section));
    const mode = host.languageMode ?? null;
    const evidence = [ev('evidence.preflight.languageMode', mode), ev('evidence.preflight.unreadSections', unread === '' ? '-' : unread)];
    if (whole?.code === 'not-run') {
      // PowerShell is part of every Windows 10/11: when it cannot even start, what is broken is
      // the app's way to it (a blocked executable, a damaged SystemRoot), not a proven property
      // of the machine, so this is a named unknown with its fix rather than a failure.
      return { status: 'unknown', summary: msg('check.preflight.inventory.unknown.notRun', { message: whole.message.slice(0, EXCERPT_CHARS) }), evidence, fix: fix('fix.preflight.inventory.notRun') };
    }
    if (whole) {
      const excerpt = whole.message.slice(0, EXCERPT_CHARS);
      return {
        status: 'fail',
        summary: msg(excerpt === '' ? 'check.preflight.inventory.fail.empty' : 'check.preflight.inventory.fail.noJson', { excerpt }),
        evidence,
        fix: fix('fix.preflight.inventory.noJson'),
      };
    }
    if (mode === 'ConstrainedLanguage') {
      return { status: 'warn', summary: msg('check.preflight.inventory.warn.constrained'), evidence, fix: fix('fix.preflight.inventory.constrained') };
    }
    if (unread !== '') return { status: 'warn', summary: msg('check.preflight.inventory.warn.partial', { sections: unread }), evidence };
    return { status: 'pass', summary: msg('check.preflight.inventory.pass'), evidence };
  },
};
