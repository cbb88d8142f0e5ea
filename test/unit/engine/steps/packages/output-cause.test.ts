import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommandOutcome } from '../../../../../electron/contract/setup.js';
import { aptNextAction, refineApt } from '../../../../../electron/engine/steps/packages/apt-output.js';
import { causeOfOutput } from '../../../../../electron/engine/steps/packages/output-cause.js';
import { pipNextAction, refinePip } from '../../../../../electron/engine/steps/packages/pip-output.js';
import type { CauseId } from '../../../../../electron/host/outcome/causes.js';
import { classifyOutput } from '../../../../../electron/host/outcome/classify.js';

/**
 * Every recorded apt-get and pip output in test/fixtures/steps/apt|pip (copies of
 * ../shared/fixtures/real-outputs with their index.json `expected`), judged by refine.
 */

interface Sample {
  name: string;
  text: string;
  expected: { outcome: CommandOutcome; cause: string; warnings_only?: boolean };
}

function samples(kind: 'apt' | 'pip'): Sample[] {
  const dir = path.join('test/fixtures/steps', kind);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => {
      const meta = JSON.parse(fs.readFileSync(path.join(dir, f.replace(/\.txt$/u, '.meta.json')), 'utf8')) as { expected: Sample['expected']; reconstructed: boolean; source_url: string };
      expect(meta.reconstructed).toBe(false);
      expect(meta.source_url).toMatch(/^https:\/\//u);
      return { name: `${kind}/${f}`, text: fs.readFileSync(path.join(dir, f), 'utf8'), expected: meta.expected };
    });
}

/**
 * The recorders' cause names are the classifier's (electron/host/outcome/causes.ts); the two
 * success causes are not failures to the installer (its exit table decides).
 */
const CAUSE: Readonly<Record<string, CauseId | null>> = {
  'apt-lock-held': 'apt-lock-held',
  'dns-failure': 'dns-failure',
  'network-unreachable': 'network-unreachable',
  'dpkg-interrupted': 'dpkg-interrupted',
  installed: null,
  'index-updated': null,
  'package-not-found': 'package-not-found',
  'no-installation-candidate': 'no-installation-candidate',
  'mirror-hash-mismatch': 'mirror-hash-mismatch',
  'mirror-sync-in-progress': 'mirror-sync-in-progress',
  'download-hash-mismatch': 'download-hash-mismatch',
  'repo-signature-rejected': 'repo-signature-rejected',
  'repo-404-no-release-file': 'repo-404-no-release-file',
  'stale-package-index': 'stale-package-index',
  'unmet-dependencies': 'unmet-dependencies',
  'pep668-externally-managed': 'pep668-externally-managed',
  'no-matching-wheel': 'no-matching-wheel',
  'disk-full': 'disk-full',
  'proxy-or-tls': 'proxy-or-tls',
};

/** The success causes the classifier gives; the installer's causeOfOutput leaves them out. */
const SUCCESS: ReadonlySet<string> = new Set(['installed', 'index-updated']);

/**
 * Where the installer deliberately differs from the recorders' (and the classifier's)
 * `retryable` (causes.ts marks these `autoRetry: false`):
 * - a lock message means apt already waited DPkg::Lock::Timeout=300 s: another package manager is
 *   busy, so the person is told (failed + next action) instead of waiting again;
 * - a hash or size mismatch is never retried automatically (issue #9: "never on a hash mismatch").
 */
const OVERRIDE: Readonly<Record<string, CommandOutcome>> = {
  'apt-lock-held': 'failed',
  'mirror-hash-mismatch': 'failed',
  'mirror-sync-in-progress': 'failed',
  'download-hash-mismatch': 'failed',
};

/** What the exit table says before refine: apt exits 0 on a successful run, on warnings-only runs and on a rejected signature (apt keeps the old index). */
function tableOutcome(s: Sample): CommandOutcome {
  return s.expected.outcome === 'ok' || s.expected.warnings_only === true || s.expected.cause === 'repo-signature-rejected' ? 'ok' : 'failed';
}

describe.each([
  ['apt', refineApt, aptNextAction],
  ['pip', refinePip, pipNextAction],
] as const)('%s output', (kind, refine, nextAction) => {
  const all = samples(kind);

  it('has recorded samples', () => {
    expect(all.length).toBeGreaterThanOrEqual(kind === 'apt' ? 20 : 15);
  });

  it.each(all.map((s) => [s.name, s] as const))('%s: the recorded cause and outcome', (_name, s) => {
    expect(Object.keys(CAUSE)).toContain(s.expected.cause);
    expect(causeOfOutput(kind, s.text)).toBe(CAUSE[s.expected.cause]);
    if (SUCCESS.has(s.expected.cause)) expect(classifyOutput({ tool: kind, output: s.text }).cause).toBe(s.expected.cause);
    const table = tableOutcome(s);
    const outcome = refine(table, s.text) ?? table;
    expect(outcome).toBe(OVERRIDE[s.expected.cause] ?? s.expected.outcome);
    // A failure the person can see always carries a next action; a success none.
    const next = nextAction(outcome, s.text);
    if (outcome === 'ok') expect(next).toBeNull();
    else expect(next?.label.key).toMatch(/^setup\.next\./u);
  });
});

describe('next actions', () => {
  const text = (kind: 'apt' | 'pip', n: string): string => fs.readFileSync(path.join('test/fixtures/steps', kind, `${n}.utf-8.txt`), 'utf8');

  it('a full disk says so (pip ENOSPC)', () => {
    expect(pipNextAction('failed', text('pip', '08'))).toEqual({ kind: 'retry', label: { key: 'setup.next.diskFull' } });
  });

  it('a lock still held after the timeout: another package manager is running', () => {
    expect(refineApt('failed', text('apt', '01'))).toBe('failed');
    expect(aptNextAction('failed', text('apt', '01'))).toEqual({ kind: 'retry', label: { key: 'setup.next.aptLock' } });
  });

  it('apt update that exits 0 with DNS failures is retried, never taken as done', () => {
    expect(refineApt('ok', text('apt', '04'))).toBe('retryable');
  });

  it('a 404 and a hash mismatch are never retryable', () => {
    for (const n of ['12', '13', '15', '16', '17']) expect(refineApt('failed', text('apt', n)), n).toBe('failed');
    for (const n of ['09', '10']) expect(refinePip('failed', text('pip', n)), n).toBe('failed');
  });

  it('apt reports its own disk message as disk-full', () => {
    // apt's wording from apt-pkg (C locale); no recorded paste of it in the shared set.
    expect(causeOfOutput('apt', "E: You don't have enough free space in /var/cache/apt/archives/.")).toBe('disk-full');
  });
});
