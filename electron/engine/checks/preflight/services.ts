import type { HostService } from '../../../contract/host-state.js';
import { msg } from '../../../contract/messages.js';
import type { Check } from '../../model.js';
import { onWindowsOnly } from '../applies.js';
import { ev, fix, nameList, notCaptured, PROBES } from './shared.js';
import { probesFor } from '../probe-needs.js';

/** Services (and the `vfpext` driver) WSL 2 needs; `vfpext` only from build 22621 (WSL's own test, domain.md §1.2). */
const VMP_SERVICES = ['vmcompute', 'HNS'] as const;
const VFPEXT_FROM_BUILD = 22621;
/** The WSL package's service, or the old inbox one. */
const WSL_SERVICES = ['WSLService', 'LxssManager'] as const;
/** HNS builds the NAT network on Internet Connection Sharing; a disabled ICS breaks it. */
const OTHER_SERVICES = ['SharedAccess'] as const;

function find(services: readonly HostService[], name: string): HostService | undefined {
  return services.find((s) => s.name.toLowerCase() === name.toLowerCase());
}

/**
 * Do the services WSL 2 starts on demand exist, and is none of them disabled? They are
 * trigger-started, so "Stopped" is normal; existence and a StartMode other than `Disabled`
 * matter (WMI prints StartMode in English on every display language).
 */
export const servicesCheck: Check = {
  id: 'preflight.services',
  category: 'preflight',
  title: msg('check.preflight.services.title'),
  prerequisites: [],
  needs: probesFor('inventory'),
  applies: onWindowsOnly,
  evaluate(facts) {
    const host = facts.windowsHost;
    if (!host) return notCaptured(PROBES.inventory);
    const services = host.services;
    if (services === null) return { status: 'unknown', summary: msg('check.preflight.services.unknown') };
    const build = facts.windows?.build ?? 0;
    const needed: string[] = [...VMP_SERVICES, ...(build >= VFPEXT_FROM_BUILD ? ['vfpext'] : [])];
    const present = [...needed, ...WSL_SERVICES, ...OTHER_SERVICES].flatMap((n) => find(services, n) ?? []);
    const evidence = present.map((s) => ({ label: msg('evidence.preflight.service', { name: s.name }), value: `${s.state ?? 'unknown'} / ${s.startMode ?? 'unknown'}` }));
    const disabled = present.filter((s) => s.startMode?.toLowerCase() === 'disabled').map((s) => s.name);
    if (disabled.length > 0) {
      const names = nameList(disabled);
      return { status: 'fail', summary: msg('check.preflight.services.fail.disabled', { names }), evidence, fix: fix('fix.preflight.services.enable', { names, first: disabled[0] ?? '' }) };
    }
    const missing = needed.filter((n) => !find(services, n));
    if (!WSL_SERVICES.some((n) => find(services, n))) missing.push(WSL_SERVICES[0]);
    if (missing.length > 0) {
      const names = nameList(missing);
      evidence.push(ev('evidence.preflight.missingServices', names));
      return { status: 'warn', summary: msg('check.preflight.services.warn.missing', { names }), evidence, fix: fix('fix.preflight.services.missing') };
    }
    return { status: 'pass', summary: msg('check.preflight.services.pass'), evidence };
  },
};
