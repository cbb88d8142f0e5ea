import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { manifestSchema } from '../../../electron/bundle/manifest.js';
import { checkedInValidator, REPO_ROOT } from '../../tools/checked-in-schema.js';
import { GENERATED_SCHEMAS, REGENERATE_COMMAND, renderJsonSchema, SCHEMA_DIR } from '../../tools/json-schemas.js';

// The JSON Schemas people build on are generated from the zod schemas the app validates with.
// Another branch changing a zod schema (a new collector field) must regenerate them: this test
// names the command instead of showing a 900-line diff.

function onDisk(file: string): string | null {
  const full = path.join(REPO_ROOT, ...file.split('/'));
  return fs.existsSync(full) ? fs.readFileSync(full, 'utf8') : null;
}

describe(`generated JSON Schemas in ${SCHEMA_DIR}/`, () => {
  it.each(GENERATED_SCHEMAS.map((e) => [e.file, e] as const))('%s is what its zod schema gives now, byte for byte', (file, entry) => {
    const text = onDisk(file);
    const state = text === null ? 'missing' : 'stale';
    expect(text === renderJsonSchema(entry), `${file} is ${state}: run \`${REGENERATE_COMMAND}\` and commit the result (it is generated from ${entry.source})`).toBe(true);
  });

  it('a change to a zod schema changes the generated text (the comparison can fail)', () => {
    const entry = GENERATED_SCHEMAS.find((e) => e.schema === manifestSchema)!;
    const changed = { ...entry, schema: manifestSchema.extend({ note: z.string() }) };
    expect(renderJsonSchema(changed)).not.toBe(onDisk(entry.file));
  });

  it(`holds only generated files: a schema dropped from the list is not left behind`, () => {
    const present = fs.readdirSync(path.join(REPO_ROOT, SCHEMA_DIR)).map((f) => `${SCHEMA_DIR}/${f}`);
    expect(present.sort()).toEqual(GENERATED_SCHEMAS.map((e) => e.file).sort());
  });

  it.each(GENERATED_SCHEMAS.map((e) => [e.file] as const))('%s compiles as a JSON Schema 2020-12 in strict mode', (file) => {
    expect(() => checkedInValidator(file)).not.toThrow();
  });
});
