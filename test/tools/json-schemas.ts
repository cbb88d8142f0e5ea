/**
 * The JSON Schemas checked in under docs/schemas/, generated from the zod schemas the app
 * itself validates with, so the published contract cannot drift from the code. `npm run
 * schemas` writes them (test/tools/gen-schemas.ts); test/unit/docs/json-schemas.test.ts fails
 * when a checked-in file differs from what the zod schema gives now.
 */
import { z } from 'zod';
import { manifestSchema } from '../../electron/bundle/manifest.js';
import { explainDocumentSchema } from '../../electron/cli/explain-document.js';
import { probeDocumentSchema } from '../../electron/host/distro/probe-document-schema.js';

/** The command that rewrites every file below; named in the stale-schema failure. */
export const REGENERATE_COMMAND = 'npm run schemas';

/** The folder, relative to the repository root, that holds the generated schemas. */
export const SCHEMA_DIR = 'docs/schemas';

/** One generated file: where it goes, where it comes from, and what it describes. */
export interface GeneratedSchema {
  /** Path relative to the repository root. */
  file: string;
  /** The zod schema's source file, named in the file's `$comment`. */
  source: string;
  title: string;
  description: string;
  schema: z.ZodType;
}

export const GENERATED_SCHEMAS: readonly GeneratedSchema[] = [
  {
    file: `${SCHEMA_DIR}/bundle-manifest.schema.json`,
    source: 'electron/bundle/manifest.ts',
    title: 'wsl-gpu-setup diagnostics bundle manifest (manifest.json), version 1',
    description: 'What a diagnostics bundle holds: one entry per captured probe, naming its stdout and stderr files under captures/, plus the app, the platform and the redaction counts. See docs/bundle-format.md.',
    schema: manifestSchema,
  },
  {
    file: `${SCHEMA_DIR}/probe-document.schema.json`,
    source: 'electron/host/distro/probe-document-schema.ts',
    title: 'wsl-gpu-setup in-distro collector document, probeVersion 1 and 2',
    description: 'The one JSON document the in-distro collector (assets/probe/) prints on stdout. See assets/probe/README.md.',
    schema: probeDocumentSchema,
  },
  {
    file: `${SCHEMA_DIR}/explain.schema.json`,
    source: 'electron/cli/explain-document.ts',
    title: 'wsl-gpu-setup explain document (wsl-gpu-setup/explain@1)',
    description: 'What `wsl-gpu-setup explain --json` prints: the outcome, the cause (one of the documented list in docs/installer.md, "Causes"), the facts, the evidence lines and the localized next action for one tool output. See README.md, "Explain an output".',
    schema: explainDocumentSchema,
  },
];

/**
 * The file's exact text. `io: 'input'` describes what the reader accepts: objects that zod
 * reads leniently (unknown keys ignored, or kept by loose objects) stay open in the JSON Schema.
 */
export function renderJsonSchema(entry: GeneratedSchema): string {
  // The entry's title and description lead the file, in place of any the zod schema carries.
  const { $schema, title: _title, description: _description, ...body } = z.toJSONSchema(entry.schema, { io: 'input', target: 'draft-2020-12' });
  const document = {
    $schema,
    $comment: `Generated from ${entry.source} by \`${REGENERATE_COMMAND}\`; do not edit by hand.`,
    title: entry.title,
    description: entry.description,
    ...body,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
