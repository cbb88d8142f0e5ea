import { describe, expect, it } from 'vitest';
import { localProbeCommand } from '../../../electron/host/distro/commands.js';
import { parseProbeDocument } from '../../../electron/host/distro/parse-probe-document.js';
import { loadProbeScript } from '../../../electron/host/distro/probe-script.js';
import { ExecRunner } from '../../../electron/runner/exec-runner.js';
import { checkedInValidator } from '../../tools/checked-in-schema.js';

// The document the real collector prints on this machine, held to the checked-in JSON Schema
// that people read instead of the zod schema (docs/schemas/probe-document.schema.json).
describe('the collector document on this machine', () => {
  it('validates against docs/schemas/probe-document.schema.json', async () => {
    const script = loadProbeScript();
    if (!script.ok) throw new Error(script.error.message);
    const r = await new ExecRunner({ baseEnv: process.env }).exec(localProbeCommand({ bench: false }), { stdin: script.text });
    const parsed = parseProbeDocument(r.stdout.toString('utf8'));
    if (!parsed.ok) throw new Error(`${parsed.error.code}: ${parsed.error.message}`);
    expect(parsed.skippedChars).toBe(0);
    expect(checkedInValidator('docs/schemas/probe-document.schema.json')(JSON.parse(r.stdout.toString('utf8')))).toEqual([]);
  });
});
