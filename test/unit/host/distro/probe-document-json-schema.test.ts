import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProbeDocument } from '../../../../electron/host/distro/parse-probe-document.js';
import { PROBE_VERSIONS } from '../../../../electron/host/distro/probe-document-schema.js';
import { checkedInValidator } from '../../../tools/checked-in-schema.js';
import { DISTRO_FIXTURES } from './load-distro-fixtures.js';
import { loadProbeFixtures } from './load-probe-fixtures.js';

// docs/schemas/probe-document.schema.json is what people read to make or check a collector
// document without this code: it must accept every document the app accepts, and refuse what
// the app refuses.
const validate = checkedInValidator('docs/schemas/probe-document.schema.json');

function distroProbeDocuments(): { name: string; text: string }[] {
  const dir = path.join(DISTRO_FIXTURES, 'probe');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.meta.json'))
    .sort()
    .map((name) => ({ name: `distro/probe/${name}`, text: fs.readFileSync(path.join(dir, name), 'utf8') }));
}

const documents = [...loadProbeFixtures().map((f) => ({ ...f, name: `probe/${f.name}` })), ...distroProbeDocuments()];

describe('docs/schemas/probe-document.schema.json', () => {
  it('has documents to check', () => {
    expect(documents.length).toBeGreaterThanOrEqual(4);
  });

  it.each(documents.map((d) => [d.name, d.text] as const))('accepts %s, which the app parses', (_name, text) => {
    expect(parseProbeDocument(text).ok).toBe(true);
    expect(validate(JSON.parse(text))).toEqual([]);
  });

  const base = JSON.parse(documents[0]!.text) as Record<string, unknown>;
  it.each([
    ['a newer probeVersion', { ...base, probeVersion: Math.max(...PROBE_VERSIONS) + 1 }],
    ['an unknown target', { ...base, target: 'darwin' }],
    ['no commands', { ...base, commands: undefined }],
    ['an unknown cuda status', { ...base, cuda: { ...(base.cuda as object), status: 'fine' } }],
    ['a command record without exitCode', { ...base, commands: { x: { argv: ['x'], signal: null, stdout: '', stderr: '', durationMs: 1, timedOut: false, truncated: false, error: null } } }],
  ])('refuses %s, as the app does', (_name, doc) => {
    const json = JSON.parse(JSON.stringify(doc)) as unknown;
    expect(validate(json)).not.toEqual([]);
    expect(parseProbeDocument(JSON.stringify(json)).ok).toBe(false);
  });

  it('accepts fields a newer collector adds (objects are open), as the app does', () => {
    const doc = { ...base, extra: { any: 1 }, cuda: { ...(base.cuda as object), newField: true } };
    expect(validate(doc)).toEqual([]);
    expect(parseProbeDocument(JSON.stringify(doc)).ok).toBe(true);
  });
});
