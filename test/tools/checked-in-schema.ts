/**
 * Validates data against a checked-in JSON Schema file (not the zod schema it came from), so
 * the tests prove that what people download from docs/schemas/ accepts what the app writes.
 * ajv 8 is already in node_modules (through electron-builder); it is a test-only tool here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';

/** The repository root. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Returns the validation errors of `data` (empty when valid), one `path: message` line each. */
export type Validate = (data: unknown) => string[];

/** Compiles the checked-in schema at `file` (relative to the repository root) in ajv's strict mode. */
export function checkedInValidator(file: string): Validate {
  const schema = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, ...file.split('/')), 'utf8')) as Record<string, unknown>;
  const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
  return (data) => {
    if (validate(data)) return [];
    return (validate.errors ?? []).map((e) => `${e.instancePath || '(root)'}: ${e.message ?? e.keyword}`);
  };
}
