import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestCaptureSchema, manifestSchema } from '../../../electron/bundle/manifest.js';
import { REDACTION_KINDS } from '../../../electron/redact/kinds.js';
import { REPO_ROOT } from '../../tools/checked-in-schema.js';

// docs/bundle-format.md must name every manifest field and redaction kind the code knows: a field
// added to the zod schema without a line in the document fails here.
const doc = fs.readFileSync(path.join(REPO_ROOT, 'docs', 'bundle-format.md'), 'utf8');

describe('docs/bundle-format.md', () => {
  it.each(Object.keys(manifestSchema.shape))('documents the manifest field %s', (field) => {
    expect(doc).toMatch(new RegExp(`^\\| [^|]*\`${field}[.\`]`, 'm'));
  });

  it.each(Object.keys(manifestCaptureSchema.shape))('documents the capture field %s', (field) => {
    expect(doc).toMatch(new RegExp(`^\\| [^|]*\`${field}\``, 'm'));
  });

  it.each(REDACTION_KINDS)('documents the redaction kind %s', (kind) => {
    expect(doc).toMatch(new RegExp(`^\\| \`${kind}\` \\|`, 'm'));
  });
});
