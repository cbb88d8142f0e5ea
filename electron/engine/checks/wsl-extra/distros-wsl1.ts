import { msg } from '../../../contract/messages.js';
import type { Check } from '../../model.js';
import { onWindowsOnly } from '../applies.js';
import { fix, nameList, notCaptured, PROBES } from '../preflight/shared.js';
import { knownDistros } from './distros.js';
import { probesFor } from '../probe-needs.js';

/** Does any distro still run as WSL 1? WSL 1 has no GPU access (no `/dev/dxg`, domain.md §9 #2). */
export const wslDistrosWsl1Check: Check = {
  id: 'wsl.distros-wsl1',
  category: 'wsl',
  title: msg('check.wsl.distrosWsl1.title'),
  prerequisites: ['wsl.installed'],
  needs: probesFor('inventory', 'wsl'),
  applies: onWindowsOnly,
  evaluate(facts) {
    if (!facts.wsl && !facts.windowsHost) return notCaptured(PROBES.wsl);
    const distros = knownDistros(facts);
    const evidence = distros.slice(0, 16).map((d) => ({ label: msg('evidence.wsl.distroVersion', { name: d.name }), value: d.version === null ? 'unknown' : String(d.version) }));
    const wsl1 = distros.filter((d) => d.version === 1);
    if (wsl1.length > 0) {
      const names = nameList(wsl1.map((d) => d.name));
      return { status: 'warn', summary: msg('check.wsl.distrosWsl1.warn', { names }), evidence, fix: fix('fix.wsl.distrosWsl1', { name: wsl1[0]?.name ?? '' }) };
    }
    if (distros.length === 0) return { status: 'pass', summary: msg('check.wsl.distrosWsl1.pass.none'), evidence };
    return { status: 'pass', summary: msg('check.wsl.distrosWsl1.pass', { names: nameList(distros.map((d) => d.name)) }), evidence };
  },
};
