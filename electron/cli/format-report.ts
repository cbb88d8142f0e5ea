import type { CheckResult, CheckStatus, DiagnoseReport } from '../contract/checks.js';
import type { WslTargetFacts } from '../contract/distro-facts.js';
import type { Msg } from '../contract/messages.js';

type Translate = (m: Msg) => string;

const MARK: Record<CheckStatus, string> = { pass: '✔', warn: '!', fail: '✖', skip: '-', unknown: '?' };

/** The report as plain text: one table row per check, evidence and fixes under failures, readiness last. */
export function formatReportTable(report: DiagnoseReport, t: Translate): string {
  const rows = report.checks.map((c) => [`${MARK[c.status]} ${t({ key: `status.${c.status}` })}`, c.id, t(c.title), t(c.summary)]);
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => displayWidth(r[i] ?? '')), 4));
  const lines = rows.map((r) => r.map((cell, i) => (i < 3 ? pad(cell, widths[i] ?? 0) : cell)).join('  ').trimEnd());
  const details = report.checks.filter((c) => c.status === 'fail' || c.status === 'warn').flatMap((c) => detailLines(c, t));
  const target = report.facts.distro?.wslTarget;
  const probed = target ? [`${t({ key: 'cli.probedDistro' })}: ${t(targetMsg(target))}`] : [];
  return [...lines, ...(details.length ? ['', ...details] : []), '', ...probed, `${t({ key: 'cli.readiness' })}: ${report.readiness}`].join('\n');
}

/** Which WSL distro the GPU chain was read in, and why that one. */
function targetMsg(target: WslTargetFacts): Msg {
  const distro = target.name ?? '(WSL default)';
  switch (target.source) {
    case 'explicit':
      return { key: 'distro.target.explicit', params: { distro } };
    case 'instead-of-utility':
      return { key: 'distro.target.instead', params: { distro, replaced: target.replacedDefault ?? '(unmarked)' } };
    case 'none':
      return { key: 'distro.target.none', params: { utilities: target.utilities.join(', ') } };
    default:
      return { key: 'distro.target.default', params: { distro } };
  }
}

function detailLines(c: CheckResult, t: Translate): string[] {
  const out = [`${c.id}:`];
  for (const e of c.evidence) out.push(`    ${t(e.label)}: ${e.value}`);
  if (c.fix) out.push(`    → ${t(c.fix.text)}`);
  return out;
}

/** Terminal columns of a string: East Asian wide characters take two. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}
