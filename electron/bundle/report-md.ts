/**
 * `report.md`: the human summary inside a bundle. A table of every check (status, id, title,
 * summary), then the facts a support reader looks at first. Text comes through the caller's
 * translator (English for bundles); the caller redacts the result.
 */
import type { DiagnoseReport } from '../contract/checks.js';
import type { DistroFacts } from '../contract/distro-facts.js';
import type { Facts } from '../contract/facts.js';
import type { Msg } from '../contract/messages.js';
import type { HostInfo } from '../contract/platform.js';
import type { Capture } from '../engine/model.js';
import { explainFailedCaptures } from './capture-explanations.js';

/** Resolves a message to text. */
export type Translate = (m: Msg) => string;

/** What the summary header shows besides the report. */
export interface ReportMdContext {
  app: { name: string; version: string };
  platform: HostInfo;
  createdAt: string;
  /** The bundle's captures: each failed one is explained (electron/bundle/capture-explanations.ts). */
  captures?: Iterable<Capture>;
}

/** Makes a value safe for one Markdown table cell. */
function cell(s: string): string {
  return s.replace(/\r?\n|\r/g, ' ').replace(/\|/g, '\\|').trim() || '—';
}

const show = (v: string | number | boolean | null | undefined): string => (v === null || v === undefined || v === '' ? 'unknown' : String(v));

function factLines(f: Facts): string[] {
  const out: string[] = [];
  if (f.windows) {
    const w = f.windows;
    const build = w.build === null ? null : `${w.build}${w.ubr === null ? '' : `.${w.ubr}`}`;
    out.push(`- Windows: ${show(w.version)} (build ${show(build)}, ${show(w.edition)}, ${show(w.displayVersion)}, ${show(w.arch)})`);
    out.push(`- Memory: ${show(w.memoryMiB)} MiB; free on system drive: ${show(w.systemDriveFreeMiB)} MiB; elevated: ${show(w.elevated)}; pending reboot: ${show(w.pendingReboot)}`);
  }
  if (f.wsl) {
    const s = f.wsl;
    out.push(`- WSL: installed ${show(s.installed)}, kind ${show(s.kind)}, version ${show(s.version)}, kernel ${show(s.kernelVersion)}, default version ${show(s.defaultVersion)}`);
    const distros = s.distros.map((d) => `${d.name}${d.isDefault ? ' (default)' : ''}: ${show(d.state)}, WSL ${show(d.version)}`);
    out.push(`- Distributions: ${distros.length ? distros.join('; ') : 'none'}`);
    if (s.error) out.push(`- WSL error: ${show(s.error.code)} ${show(s.error.hresult)}`);
    if (s.startError) out.push(`- WSL error starting the distro: ${show(s.startError.code)} ${show(s.startError.hresult)}`);
  }
  if (f.nvidia) {
    const n = f.nvidia;
    out.push(`- NVIDIA: driver ${show(n.driverVersion)}, CUDA ${show(n.cudaVersion)}, nvidia-smi ${show(n.smiVersion)}`);
    for (const g of n.gpus) out.push(`  - GPU ${show(g.index)}: ${show(g.name)}, ${show(g.memoryTotalMiB)} MiB, ${show(g.driverModel)}, compute ${show(g.computeCapability)}`);
    if (n.error) out.push(`- nvidia-smi error: ${show(n.error.code)} ${show(n.error.hresult)}`);
  }
  if (f.gpus) {
    for (const g of f.gpus) out.push(`- Display adapter: ${show(g.name)} (${show(g.vendor)}), driver ${show(g.driverVersion ?? g.windowsDriverVersion)}, ${show(g.memoryMiB)} MiB`);
  }
  if (f.distro) out.push(...distroLines(f.distro));
  return out.length ? out : ['- No facts were collected on this platform.'];
}

/** Which distro the in-distro checks judged, how it started, and which interpreter they judged. */
function distroLines(d: DistroFacts): string[] {
  const t = d.wslTarget;
  const which = t === null ? 'this machine' : t.source === 'none' ? 'none (no distribution of the user\'s own)' : `${show(t.name ?? "WSL's default")} (${t.source}${t.replacedDefault ? `, instead of ${t.replacedDefault}` : ''})`;
  const boot = d.boot === null ? '' : `; boot ${d.boot.status} in ${d.boot.durationMs} ms`;
  const out = [`- In-distro probe: ${which}, ${show(d.name)}, kernel ${show(d.kernelRelease)}${boot}; collector ${show(d.collectorMs)} ms`];
  const judged = d.frameworks.find((x) => x.name === 'torch')?.interpreter;
  if (judged) out.push(`  - PyTorch judged in ${judged.path} (${judged.source}${judged.user ? `, as ${judged.user}` : ''})`);
  return out;
}

/** Renders the bundle's `report.md`. Pure. */
export function renderReportMd(report: DiagnoseReport, t: Translate, ctx: ReportMdContext): string {
  const rows = report.checks.map((c) => `| ${cell(t({ key: `status.${c.status}` }))} | ${cell(c.id)} | ${cell(t(c.title))} | ${cell(t(c.summary))} |`);
  const fixes = report.checks.flatMap((c) => (c.fix && (c.status === 'fail' || c.status === 'warn') ? [`- ${c.id}: ${t(c.fix.text).replace(/\s+/g, ' ')}`] : []));
  const failedCaptures = ctx.captures ? explainFailedCaptures(ctx.captures, t) : [];
  return [
    `# ${ctx.app.name} diagnostics bundle`,
    '',
    `- Created: ${ctx.createdAt}`,
    `- App: ${ctx.app.name} ${ctx.app.version}`,
    `- Platform: ${ctx.platform.platform}${ctx.platform.simulated ? ' (simulated)' : ''}`,
    `- Readiness: ${report.readiness}`,
    '',
    '## Checks',
    '',
    '| Status | Check | Title | Summary |',
    '| --- | --- | --- | --- |',
    ...rows,
    ...(fixes.length ? ['', '## Fixes', '', ...fixes] : []),
    ...(failedCaptures.length ? ['', '## Failed captures', '', 'What each probe that failed printed means (`wsl-gpu-setup explain`):', '', ...failedCaptures] : []),
    '',
    '## Facts',
    '',
    ...factLines(report.facts),
    '',
    '## Files',
    '',
    '- `manifest.json`: what was captured; `captures/`: the raw output of each probe (redacted)',
    '- `report.json`: the same report as `diagnose --json`',
    '- `logs/`: application logs (redacted)',
    '',
    'User names, host names, SIDs, emails, tokens and credentials were replaced by markers such as `<user>`. Review the files before sharing them.',
    '',
  ].join('\n');
}
