import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Facts } from '../../../electron/contract/facts.js';
import { FACT_PROBES, type FactSource } from '../../../electron/engine/checks/probe-needs.js';
import { distroFactsFrom } from '../../../electron/engine/facts/distro-facts.js';
import { defaultPlan } from '../../../electron/engine/plan/default-plan.js';
import { CHECK_REFERENCE } from '../../check-reference.js';
import { factsFor } from './checks/facts-for.js';
import { SCENARIOS } from './checks/scenarios.js';
import { probeCapture } from './gpu-chain/scenario.js';

// A check's `needs` must cover every section of the facts it reads, or a targeted verify
// would judge it on facts its probes never refreshed. Which sections a check reads is observed
// through a Proxy while it judges many hosts, each also with every section missing in turn.
const SECTION_SOURCE: Record<Exclude<keyof Facts, 'host'>, FactSource> = {
  windows: 'inventory',
  windowsHost: 'inventory',
  gpus: 'inventory',
  wsl: 'wsl',
  nvidia: 'nvidia',
  distro: 'distro',
  network: 'network',
};

function hosts(): Facts[] {
  const base: Facts[] = Object.values(SCENARIOS);
  const dir = path.resolve(import.meta.dirname, '../../fixtures/distro/probe');
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.meta.json'))) {
    for (const via of ['wsl', 'local'] as const) {
      const distro = distroFactsFrom(new Map([['distro.probe', probeCapture(fs.readFileSync(path.join(dir, file)), via)]]));
      base.push({ ...factsFor(), host: { platform: via === 'wsl' ? 'windows' : 'linux', simulated: false }, distro });
    }
  }
  const withGaps = base.flatMap((f) => Object.keys(SECTION_SOURCE).map((k) => ({ ...f, [k]: null })));
  return [...base, ...withGaps];
}

// Fields of a section that come from a probe of their own (a network fetch a check should not wait for unless it reads them).
const FIELD_SOURCE: Record<string, FactSource> = {
  'wsl.onlineDistros': 'wslOnline',
  'wsl.onlineError': 'wslOnline',
  'wsl.startError': 'distroStart',
};

/** `facts.wsl` watched field by field: its online fields have a source of their own. */
function watchWsl(wsl: Facts['wsl'], read: Set<string>): Facts['wsl'] {
  if (wsl === null) return null;
  return new Proxy(wsl, { get: (target, key) => (read.add(`wsl.${String(key)}`), target[key as keyof typeof target]) });
}

function sectionsRead(check: { applies(f: Facts): unknown; prerequisitesFor?(f: Facts): unknown; evaluate(f: Facts): unknown }, all: readonly Facts[]): Set<string> {
  const read = new Set<string>();
  for (const facts of all) {
    const watched = new Proxy(facts, { get: (target, key) => (read.add(String(key)), key === 'wsl' ? watchWsl(target.wsl, read) : target[key as keyof Facts]) });
    if (check.applies(watched) === true) check.evaluate(watched);
    check.prerequisitesFor?.(watched);
  }
  read.delete('host');
  return read;
}

describe('checks declare the probes they need', () => {
  const plan = defaultPlan({ target: 'wsl', bench: false }, CHECK_REFERENCE);
  const all = hosts();

  it('every check of the plan has `needs`, naming only probes of the plan', () => {
    const probeIds = new Set(plan.probes.map((p) => p.id));
    for (const check of plan.checks) {
      expect(check.needs, check.id).toBeDefined();
      for (const id of check.needs ?? []) expect(probeIds.has(id), `${check.id} needs ${id}`).toBe(true);
      for (const id of check.usesIfCaptured ?? []) expect(probeIds.has(id), `${check.id} uses ${id}`).toBe(true);
    }
  });

  it('a check reads only sections of the facts whose probes it needs', () => {
    const uncovered: string[] = [];
    for (const check of plan.checks) {
      for (const section of sectionsRead(check, all)) {
        const source = FIELD_SOURCE[section] ?? SECTION_SOURCE[section as keyof typeof SECTION_SOURCE];
        if (source === undefined) continue;
        // Probes a check uses only when the run took them (usesIfCaptured) count as declared: it never waits for them.
        const declared = [...(check.needs ?? []), ...(check.usesIfCaptured ?? [])];
        const missing = FACT_PROBES[source].filter((id) => !declared.includes(id));
        if (missing.length > 0) uncovered.push(`${check.id} reads facts.${section} but does not need ${missing.join(', ')}`);
      }
    }
    expect(uncovered).toEqual([]);
  });

  it("only the checks a download error fails wait for `wsl --list --online` (a network fetch)", () => {
    const waiting = plan.checks.filter((c) => c.needs?.includes('wsl.list-online')).map((c) => c.id);
    expect(waiting.sort()).toEqual(['preflight.network', 'wsl.version']);
  });

  it('Windows checks do not need the in-distro collector', () => {
    for (const id of ['wsl.installed', 'wsl.version', 'preflight.vmp', 'preflight.wsl-feature', 'wsl.default-version']) {
      const needs = plan.checks.find((c) => c.id === id)?.needs ?? ['(none declared)'];
      expect(needs, id).not.toContain('distro.probe');
      expect(needs, id).not.toContain('distro.boot');
    }
  });
});
