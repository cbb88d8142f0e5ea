import { createHash } from 'node:crypto';
import type { BundleManifest } from '../../bundle/manifest.js';

/** JSON with object keys sorted at every level, so equal manifests give equal text however they were built or parsed. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * The short id a person quotes to support: the first 32 bits of the SHA-256 of the manifest
 * (which names the time, the app, every capture and the redaction counts), as `7F3A-09C2`.
 * Derived, not stored: the bundle written and the same bundle read back give the same id.
 */
export function bundleIdOf(manifest: BundleManifest): string {
  const hex = createHash('sha256').update(canonicalJson(manifest)).digest('hex').slice(0, 8).toUpperCase();
  return `${hex.slice(0, 4)}-${hex.slice(4)}`;
}
