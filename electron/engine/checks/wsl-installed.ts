import type { Evidence } from '../../contract/checks.js';
import { msg } from '../../contract/messages.js';
import type { Check } from '../model.js';
import { onWindowsOnly } from './applies.js';
import { probesFor } from './probe-needs.js';

/** Is WSL present at all, and which kind (Store/MSI package, inbox stub, none)? */
export const wslInstalledCheck: Check = {
  id: 'wsl.installed',
  category: 'wsl',
  title: msg('check.wsl.installed.title'),
  prerequisites: [],
  needs: probesFor('wsl'),
  applies: onWindowsOnly,
  evaluate(facts) {
    const wsl = facts.wsl;
    if (!wsl) return { status: 'unknown', summary: msg('check.unknown.notCaptured', { probe: 'wsl.version' }) };
    const evidence: Evidence[] = [{ label: msg('evidence.wsl.kind'), value: wsl.kind ?? 'unknown' }];
    if (wsl.version) evidence.push({ label: msg('evidence.wsl.version'), value: wsl.version });
    if (wsl.error) evidence.push({ label: msg('evidence.errorCode'), value: wsl.error.code ?? wsl.error.message });
    if (wsl.installed === true) {
      return { status: 'pass', summary: msg(`check.wsl.installed.pass.${wsl.kind ?? 'package'}`, { version: wsl.version }), evidence };
    }
    if (wsl.installed === false) {
      return {
        status: 'fail',
        summary: msg(wsl.kind === 'none' ? 'check.wsl.installed.fail.none' : 'check.wsl.installed.fail.notEnabled'),
        evidence,
        fix: { text: msg('fix.wsl.install'), stepId: 'wsl.install' },
      };
    }
    return { status: 'unknown', summary: msg('check.wsl.installed.unknown'), evidence };
  },
};
