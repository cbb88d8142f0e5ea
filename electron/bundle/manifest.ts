/**
 * The bundle manifest (`manifest.json`): what was captured, from which app and platform, and
 * how many values of each kind were redacted. Capture streams live in files under `captures/`
 * holding the raw (redacted) bytes; the manifest names them.
 */
import { z } from 'zod';
import { bundleFail, type BundleResult } from './errors.js';

/** The value of `format` in every bundle manifest. */
export const BUNDLE_FORMAT = 'wsl-gpu-setup-bundle' as const;
/** The manifest version this code writes and reads. */
export const BUNDLE_VERSION = 1 as const;

/** A path inside the bundle: `captures/<name>`, one segment of safe characters, never `.` or `..`. */
export const capturePathSchema = z
  .string()
  .max(240)
  .regex(/^captures\/(?!\.\.?$)[A-Za-z0-9._-]{1,200}$/, 'must be captures/<file> with letters, digits, dot, dash or underscore');

/** One capture's entry. */
export const manifestCaptureSchema = z.object({
  probe: z.string().min(1).max(200),
  argv: z.array(z.string().max(32_768)).max(1_000),
  exitCode: z.number().int().nullable(),
  stdout: capturePathSchema,
  stderr: capturePathSchema,
  encoding: z.enum(['utf-8', 'utf-16le', 'auto']),
  durationMs: z.number().nonnegative(),
  launchError: z.string().max(32_768).nullable(),
});

/** The whole manifest, version 1. */
export const manifestSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  createdAt: z.string().max(64),
  app: z.object({ name: z.string().max(200), version: z.string().max(100) }),
  platform: z.object({ platform: z.enum(['windows', 'linux', 'other']), simulated: z.boolean() }),
  captures: z.array(manifestCaptureSchema).max(10_000),
  redactions: z.record(z.string().max(64), z.number().int().nonnegative()),
});

/** A capture entry in the manifest. */
export type ManifestCapture = z.infer<typeof manifestCaptureSchema>;
/** A parsed, valid manifest. */
export type BundleManifest = z.infer<typeof manifestSchema>;

/**
 * Validates parsed JSON as a manifest: format first, then version (a clear message for newer
 * bundles), then the full shape. Never throws.
 */
export function parseManifest(raw: unknown): BundleResult<BundleManifest> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return bundleFail('bad-manifest', 'manifest.json is not a JSON object.', 'Create the bundle again with `wsl-gpu-setup bundle`.');
  }
  const { format, version } = raw as { format?: unknown; version?: unknown };
  if (format !== BUNDLE_FORMAT) {
    return bundleFail(
      'wrong-format',
      `manifest.json has format ${JSON.stringify(format ?? null)}, not "${BUNDLE_FORMAT}": this is not a wsl-gpu-setup bundle.`,
      'Pass a folder or .zip made by `wsl-gpu-setup bundle`.',
    );
  }
  if (version !== BUNDLE_VERSION) {
    return bundleFail(
      'unsupported-version',
      `This bundle has manifest version ${JSON.stringify(version ?? null)}; this version of wsl-gpu-setup reads version ${BUNDLE_VERSION}.`,
      typeof version === 'number' && version > BUNDLE_VERSION
        ? 'Update wsl-gpu-setup to a version that reads it, or create the bundle again with this version.'
        : 'Create the bundle again with `wsl-gpu-setup bundle`.',
    );
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    return bundleFail('bad-manifest', `manifest.json is not valid: ${first.join('; ')}.`, 'Create the bundle again with `wsl-gpu-setup bundle`.');
  }
  const seen = new Set<string>();
  for (const c of parsed.data.captures) {
    if (seen.has(c.probe)) {
      return bundleFail('bad-manifest', `manifest.json lists probe "${c.probe}" twice.`, 'Create the bundle again with `wsl-gpu-setup bundle`.');
    }
    seen.add(c.probe);
  }
  return { ok: true, value: parsed.data };
}
