import semver from 'semver';
import type { Evidence } from '../../contract/checks.js';
import { msg } from '../../contract/messages.js';
import type { Check } from '../model.js';
import { onWindowsOnly } from './applies.js';
import { probesFor } from './probe-needs.js';

/**
 * WSL 2.0 is the first release line of the open-source package with the GPU and networking
 * fixes current guides assume; 1.x still works but should be updated (domain.md §2.1).
 */
export const WSL_RECOMMENDED_VERSION = '2.0.0';

/** Is the WSL package current enough? The old inbox wsl.exe (no `--version`) must be updated. */
export const wslVersionCheck: Check = {
  id: 'wsl.version',
  category: 'wsl',
  title: msg('check.wsl.version.title'),
  prerequisites: ['wsl.installed'],
  needs: probesFor('wsl'),
  applies: onWindowsOnly,
  evaluate(facts) {
    const wsl = facts.wsl;
    if (!wsl) return { status: 'unknown', summary: msg('check.unknown.notCaptured', { probe: 'wsl.version' }) };
    const evidence: Evidence[] = [];
    if (wsl.version) evidence.push({ label: msg('evidence.wsl.version'), value: wsl.version });
    if (wsl.kernelVersion) evidence.push({ label: msg('evidence.wsl.kernel'), value: wsl.kernelVersion });
    if (wsl.windowsVersion) evidence.push({ label: msg('evidence.windows.version'), value: wsl.windowsVersion });
    const update = { text: msg('fix.wsl.update'), stepId: 'wsl.update' };
    if (wsl.kind === 'inbox') {
      return { status: 'fail', summary: msg('check.wsl.version.fail.inbox'), evidence, fix: update };
    }
    const parsed = wsl.version ? semver.coerce(wsl.version) : null;
    if (!parsed) return { status: 'unknown', summary: msg('check.wsl.version.unknown'), evidence };
    if (semver.lt(parsed, WSL_RECOMMENDED_VERSION)) {
      return { status: 'warn', summary: msg('check.wsl.version.warn.old', { version: wsl.version, recommended: WSL_RECOMMENDED_VERSION }), evidence, fix: update };
    }
    return { status: 'pass', summary: msg('check.wsl.version.pass', { version: wsl.version }), evidence };
  },
};
