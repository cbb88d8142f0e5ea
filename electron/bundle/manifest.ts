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

// The descriptions below end up in docs/schemas/bundle-manifest.schema.json (`npm run schemas`),
// which is what people writing or reading bundles without this code see.

/** One capture's entry. */
export const manifestCaptureSchema = z
  .object({
    probe: z.string().min(1).max(200).describe('The probe id (e.g. wsl.version, distro.probe); unique within a manifest.'),
    argv: z.array(z.string().max(32_768)).max(1_000).describe('The command that ran, executable first (redacted).'),
    exitCode: z.number().int().nullable().describe('The exit code; null when the process did not start or did not exit on its own (a signal, a deadline).'),
    stdout: capturePathSchema.describe('The file holding the raw stdout bytes, captures/<file>.'),
    stderr: capturePathSchema.describe('The file holding the raw stderr bytes, captures/<file>.'),
    encoding: z.enum(['utf-8', 'utf-16le', 'auto']).describe('The encoding the tool was expected to write; a hint, since the decoder decides line by line (BOM, NUL pattern) because wsl.exe can mix UTF-16LE and UTF-8.'),
    durationMs: z.number().nonnegative().describe('Wall time of the command in milliseconds.'),
    launchError: z.string().max(32_768).nullable().describe('Why the command did not run to its end: a start failure (spawn ... ENOENT), stopped: timeout | idle-timeout | cancelled, or not-run: <reason> (the plan decided from earlier captures not to run it); else null.'),
  })
  .describe('One probe: how its command ran and where its output bytes are.');

/** The whole manifest, version 1. */
export const manifestSchema = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    version: z.literal(BUNDLE_VERSION).describe('Manifest version; a reader refuses any other.'),
    createdAt: z.string().max(64).describe('When the bundle was made, ISO 8601 in UTC (2026-11-24T08:15:00.000Z).'),
    app: z.object({ name: z.string().max(200), version: z.string().max(100) }).describe('The app that wrote the bundle.'),
    platform: z
      .object({ platform: z.enum(['windows', 'linux', 'other']), simulated: z.boolean() })
      .describe('The host the captures came from; replay judges them as this platform. simulated: set through WSL_GPU_SETUP_PLATFORM.'),
    captures: z.array(manifestCaptureSchema).max(10_000),
    redactions: z
      .record(z.string().max(64), z.number().int().nonnegative())
      .describe('How many values of each kind were replaced by a marker across all files (user, host, sid, email, token, credential, env-secret, secret).'),
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
