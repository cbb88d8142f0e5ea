import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { buildBundleFiles, type BundleContent } from '../../bundle/bundle-files.js';
import { bundleContentOf } from '../bundle-content.js';
import { readBundle } from '../../bundle/read-bundle.js';
import { writeBundle } from '../../bundle/write-bundle.js';
import { fail, ok, type Result } from '../../contract/errors.js';
import { msg } from '../../contract/messages.js';
import type { SupportExport, SupportInfo, SupportOpen, SupportPreview } from '../../contract/support.js';
import { diagnoseHost, reportFrom } from '../../engine/diagnose.js';
import type { ProbeContext } from '../../engine/model.js';
import type { Plan } from '../../engine/plan/default-plan.js';
import { bundleIdOf } from './bundle-id.js';
import type { SupportPorts } from './support-ports.js';

/** What the support service works with: the checks' plan, a probe context, where files go. */
export interface SupportDeps {
  plan: Plan;
  ctx: ProbeContext;
  /** The lines the probe runner logged since the last bundle (they go into `logs/diagnose.log`, redacted). */
  takeLogLines: () => string[];
  ports: SupportPorts | null;
  version: string;
  now?: () => Date;
  /** Mints preview tokens (tests); default `crypto.randomUUID`. */
  newToken?: () => string;
}

/** The Support panel's handlers. */
export interface SupportService {
  preview(): Promise<Result<SupportPreview>>;
  exportBundle(token: string): Promise<Result<SupportExport>>;
  open(): Promise<Result<SupportOpen>>;
  info(): SupportInfo;
  openLogs(): Promise<Result<{ opened: boolean }>>;
}

/** Previews kept for export; older ones are dropped (a person exports the one they just looked at). */
const KEPT_PREVIEWS = 4;

/** `20261124-081500`: sortable and safe in file names on every OS. */
function stamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

function noPorts<T>(): Result<T> {
  return fail('not-supported', 'no folder to save or open bundles (no LOCALAPPDATA / HOME)', { msg: msg('support.noFolder') });
}

/**
 * Builds bundles the way `wsl-gpu-setup bundle` does (same probes, report, redaction and
 * writer), but in two moves: a preview held in memory under a token, then the save of exactly
 * that content. Opening reads a bundle as `diagnose --replay` does.
 */
export function createSupportService(deps: SupportDeps): SupportService {
  const now = deps.now ?? (() => new Date());
  const newToken = deps.newToken ?? randomUUID;
  const previews = new Map<string, { content: BundleContent; bundleId: string }>();

  return {
    async preview() {
      const { captures, report } = await diagnoseHost(deps.plan, deps.ctx, now);
      const content = await bundleContentOf({ captures, report, logLines: deps.takeLogLines(), version: deps.version, host: deps.ctx.host, env: deps.ctx.env, createdAt: now() });
      const { manifest, files } = buildBundleFiles(content);
      const token = newToken();
      const bundleId = bundleIdOf(manifest);
      previews.set(token, { content, bundleId });
      for (const old of [...previews.keys()].slice(0, -KEPT_PREVIEWS)) previews.delete(old);
      return ok({
        token,
        bundleId,
        createdAt: manifest.createdAt,
        files: [...files].map(([p, data]) => ({ path: p, bytes: data.length })).sort((a, b) => (a.path < b.path ? -1 : 1)),
        redactions: { ...manifest.redactions },
        summaryMarkdown: Buffer.from(files.get('report.md') ?? new Uint8Array()).toString('utf8'),
      });
    },

    async exportBundle(token) {
      const held = previews.get(token);
      if (!held) return fail('not-found', `no support preview ${token}`, { msg: msg('support.previewGone') });
      if (!deps.ports) return noPorts();
      const out = await deps.ports.chooseSavePath(`wsl-gpu-setup-bundle-${stamp(held.content.createdAt)}-${held.bundleId}.zip`);
      if (out === null) return ok({ saved: false });
      const written = await writeBundle({ ...held.content, out: /\.zip$/i.test(out) ? out : `${out}.zip` });
      if (!written.ok) return fail('internal', written.error.message, { msg: msg('support.saveFailed', { reason: written.error.message }), detail: written.error.fix });
      const bundleId = bundleIdOf(written.value.manifest);
      // The same content and time: the manifest, and so the id, are the preview's.
      if (bundleId !== held.bundleId) return fail('internal', `saved bundle id ${bundleId} differs from the preview's ${held.bundleId}`);
      return ok({ saved: true, path: written.value.path, bundleId, bytes: written.value.bytes });
    },

    async open() {
      if (!deps.ports) return noPorts();
      const file = await deps.ports.chooseBundle();
      if (file === null) return ok({ opened: false });
      const read = await readBundle(file);
      if (!read.ok) return fail('not-found', read.error.message, { msg: msg('support.openFailed', { reason: read.error.message }), detail: read.error.fix });
      const { manifest, captures } = read.value;
      const createdAt = new Date(manifest.createdAt);
      const report = reportFrom(manifest.platform, captures, deps.plan.checks, Number.isNaN(createdAt.getTime()) ? now() : createdAt);
      return ok({
        opened: true,
        bundle: { bundleId: bundleIdOf(manifest), fileName: path.basename(file), createdAt: manifest.createdAt, app: manifest.app, platform: manifest.platform, report },
      });
    },

    info: () => ({ version: deps.version, logsDir: deps.ports?.logsDir ?? null, canOpenLogs: deps.ports?.openLogs !== undefined }),

    async openLogs() {
      const open = deps.ports?.openLogs;
      if (!open) return fail('not-supported', 'this host cannot open the logs folder', { msg: msg('support.cannotOpenLogs') });
      return ok({ opened: await open() });
    },
  };
}
