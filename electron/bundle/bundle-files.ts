/**
 * Builds every file of a bundle in memory, already redacted: the manifest, the capture
 * streams (raw bytes in their own encoding), report.md, report.json and the logs.
 */
import type { DiagnoseReport } from '../contract/checks.js';
import type { CaptureMap } from '../engine/model.js';
import type { HostInfo } from '../contract/platform.js';
import { addCounts, emptyCounts } from '../redact/kinds.js';
import type { Redactor } from '../redact/redactor.js';
import { distroUserNames } from './distro-user-names.js';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type BundleManifest, type ManifestCapture } from './manifest.js';
import { renderReportMd, type Translate } from './report-md.js';

/** One log file for `logs/`: its name (`app` → `logs/app.log`) and its lines. */
export interface BundleLog {
  name: string;
  lines: readonly string[];
}

/** Everything a bundle is made from. */
export interface BundleContent {
  captures: CaptureMap;
  report: DiagnoseReport;
  /** The `diagnose --json` object (`reportToJson(report, t)`). */
  reportJson: unknown;
  logs: readonly BundleLog[];
  app: { name: string; version: string };
  platform: HostInfo;
  translate: Translate;
  redactor: Redactor;
  createdAt: Date;
}

/** The bundle's files by relative path (forward slashes), plus its manifest. */
export interface BundleFiles {
  manifest: BundleManifest;
  files: Map<string, Uint8Array>;
}

/** A file-name-safe version of an id, at most 180 characters. */
export function safeFileName(id: string): string {
  const s = id.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 180);
  return s === '' || /^\.+$/.test(s) ? `_${s}` : s;
}

function uniqueName(base: string, used: Set<string>): string {
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}-${n}`;
  used.add(name.toLowerCase());
  return name;
}

/** Builds and redacts every file. Pure apart from the redactor's own work. */
export function buildBundleFiles(content: BundleContent): BundleFiles {
  // The distro's own user names (not necessarily any Windows name) are redacted in every file too.
  const c = { ...content, redactor: content.redactor.withUserNames(distroUserNames(content.captures)) };
  const counts = emptyCounts();
  const files = new Map<string, Uint8Array>();
  const text = (s: string): string => {
    const r = c.redactor.redactText(s);
    addCounts(counts, r.counts);
    return r.text;
  };
  const usedNames = new Set<string>();
  const captures: ManifestCapture[] = [];
  for (const cap of c.captures.values()) {
    const base = uniqueName(safeFileName(cap.probe), usedNames);
    const entry: ManifestCapture = {
      probe: cap.probe,
      argv: cap.argv.map(text),
      exitCode: cap.exitCode,
      stdout: `captures/${base}.stdout`,
      stderr: `captures/${base}.stderr`,
      encoding: cap.encoding,
      durationMs: Number.isFinite(cap.durationMs) && cap.durationMs >= 0 ? cap.durationMs : 0,
      launchError: cap.launchError === null ? null : text(cap.launchError),
    };
    for (const [path, bytes] of [
      [entry.stdout, cap.stdout],
      [entry.stderr, cap.stderr],
    ] as const) {
      const r = c.redactor.redactBytes(bytes, cap.encoding);
      addCounts(counts, r.counts);
      files.set(path, r.bytes);
    }
    captures.push(entry);
  }
  const createdAt = c.createdAt.toISOString();
  const md = renderReportMd(c.report, c.translate, { app: c.app, platform: c.platform, createdAt, captures: c.captures.values() });
  files.set('report.md', Buffer.from(text(md), 'utf8'));
  const json = c.redactor.redactJsonValue(c.reportJson);
  addCounts(counts, json.counts);
  files.set('report.json', Buffer.from(`${JSON.stringify(json.value ?? null, null, 2)}\n`, 'utf8'));
  const usedLogs = new Set<string>();
  for (const log of c.logs) {
    const name = uniqueName(safeFileName(log.name.replace(/\.log$/i, '')), usedLogs);
    files.set(`logs/${name}.log`, Buffer.from(log.lines.map(text).map((l) => `${l}\n`).join(''), 'utf8'));
  }
  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    createdAt,
    app: { name: text(c.app.name), version: text(c.app.version) },
    platform: { platform: c.platform.platform, simulated: c.platform.simulated },
    captures,
    redactions: { ...counts },
  };
  files.set('manifest.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8'));
  return { manifest, files };
}
