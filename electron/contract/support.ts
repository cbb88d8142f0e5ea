import type { DiagnoseReport } from './checks.js';

/**
 * The Support panel's contract: a preview of exactly what a diagnostics bundle holds, saving it
 * as a `.zip` the main process places, reading someone else's bundle read-only, and where the
 * logs are. The renderer never names a path: the main side chooses where to save and what to open.
 */

/** One file of the bundle: its path inside the zip and its size before compression. */
export interface BundleFileEntry {
  path: string;
  bytes: number;
}

/** What `support:preview` shows before anything is saved. */
export interface SupportPreview {
  /** Names this preview for `support:export`, so what is saved is exactly what was shown. */
  token: string;
  /** The short id to quote to support, derived from the manifest (see bundleIdOf). */
  bundleId: string;
  createdAt: string;
  files: BundleFileEntry[];
  /** Values replaced by a marker, per kind (user, host, sid, email, token, credential, …). */
  redactions: Record<string, number>;
  /** `report.md` as the bundle holds it (redacted): the summary to copy as Markdown. */
  summaryMarkdown: string;
}

/** What `support:export` did: saved (where, under which id) or the person cancelled the save dialog. */
export type SupportExport = { saved: true; path: string; bundleId: string; bytes: number } | { saved: false };

/** A bundle read back: someone else's PC, judged by this app's checks, shown read-only. */
export interface OpenedBundle {
  bundleId: string;
  /** The file's name only (never its folder). */
  fileName: string;
  createdAt: string;
  app: { name: string; version: string };
  platform: { platform: 'windows' | 'linux' | 'other'; simulated: boolean };
  report: DiagnoseReport;
}

/** The answer of `support:open`: the bundle, or nothing when the person cancelled the open dialog. */
export type SupportOpen = { opened: true; bundle: OpenedBundle } | { opened: false };

/** Where this app keeps its logs, and whether this host can open that folder for the person. */
export interface SupportInfo {
  version: string;
  logsDir: string | null;
  canOpenLogs: boolean;
}

/** A bundle id: eight letters or digits in two groups (`7F3A-09C2`), easy to read out on a call. */
export const BUNDLE_ID_PATTERN = /^[0-9A-F]{4}-[0-9A-F]{4}$/;
