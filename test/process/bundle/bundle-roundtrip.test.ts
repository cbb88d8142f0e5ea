import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBundle } from '../../../electron/bundle/read-bundle.js';
import { writeBundle } from '../../../electron/bundle/write-bundle.js';
import { reportFrom } from '../../../electron/engine/diagnose.js';
import { decodeToolOutput } from '../../../electron/host/text/decode.js';
import { createRedactor } from '../../../electron/redact/redactor.js';
import { CANARY_IDENTITY, findCanaries } from '../../unit/redact/canaries.js';
import { bundleFiles, canaryCaptures, canaryLogs, canaryReport, CHECKS, CREATED_AT, HOST, translate } from './bundle-helpers.js';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-rt-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const redactor = createRedactor(CANARY_IDENTITY);

async function write(out: string) {
  const captures = canaryCaptures();
  const { report, reportJson } = canaryReport(captures);
  const result = await writeBundle({
    out,
    captures,
    report,
    reportJson,
    logs: canaryLogs(),
    app: { name: 'wsl-gpu-setup', version: '0.1.0' },
    platform: HOST,
    translate,
    redactor,
    createdAt: CREATED_AT,
  });
  if (!result.ok) throw new Error(result.error.message);
  return { result: result.value, captures };
}

describe.each(['bundle', 'bundle.zip'])('writeBundle → %s', (name) => {
  it('leaves no canary byte in any file, in any encoding', async () => {
    const out = path.join(dir, name);
    await write(out);
    const files = bundleFiles(out);
    expect([...files.keys()].sort()).toEqual(
      ['captures/nvidia.smi.stderr', 'captures/nvidia.smi.stdout', 'captures/windows.info.stderr', 'captures/windows.info.stdout', 'captures/wsl.status.stderr', 'captures/wsl.status.stdout', 'captures/wsl.version.stderr', 'captures/wsl.version.stdout', 'logs/app.log', 'manifest.json', 'report.json', 'report.md'].sort(),
    );
    for (const [file, bytes] of files) expect({ file, found: findCanaries(bytes) }).toEqual({ file, found: [] });
  });

  it('counts every kind of redaction in the manifest', async () => {
    const { result } = await write(path.join(dir, name));
    for (const kind of ['user', 'host', 'sid', 'email', 'token', 'credential', 'env-secret']) {
      expect({ kind, n: (result.manifest.redactions[kind] ?? 0) > 0 }).toEqual({ kind, n: true });
    }
  });

  it('reads back the redacted captures and replays to the same report', async () => {
    const out = path.join(dir, name);
    const { captures } = await write(out);
    const read = await readBundle(out);
    if (!read.ok) throw new Error(read.error.message);
    expect([...read.value.captures.keys()]).toEqual([...captures.keys()]);
    for (const [id, orig] of captures) {
      const back = read.value.captures.get(id)!;
      expect(back.exitCode).toBe(orig.exitCode);
      expect(back.encoding).toBe(orig.encoding);
      expect(back.argv).toEqual(orig.argv.map((a) => redactor.redactText(a).text));
      for (const stream of ['stdout', 'stderr'] as const) {
        expect(back[stream].equals(redactor.redactBytes(orig[stream], orig.encoding).bytes)).toBe(true);
        expect(decodeToolOutput(back[stream], back.encoding)).toBe(redactor.redactText(decodeToolOutput(orig[stream], orig.encoding)).text);
      }
    }
    const replayed = reportFrom(HOST, read.value.captures, CHECKS, CREATED_AT);
    expect(replayed.facts.wsl?.version).toBe('2.3.26.0');
    const fromRedacted = new Map([...captures].map(([k, c]) => [k, { ...c, stdout: redactor.redactBytes(c.stdout, c.encoding).bytes, stderr: redactor.redactBytes(c.stderr, c.encoding).bytes }]));
    expect(replayed).toEqual(reportFrom(HOST, fromRedacted, CHECKS, CREATED_AT));
  });

  it('writes report.md with a check table and report.json as given (redacted)', async () => {
    const out = path.join(dir, name);
    await write(out);
    const files = bundleFiles(out);
    const md = Buffer.from(files.get('report.md')!).toString('utf8');
    expect(md).toContain('| Status | Check | Title | Summary |');
    expect(md).toMatch(/\| \w+ \| wsl\.installed \|/);
    expect(md).toContain('WSL: installed');
    const json = JSON.parse(Buffer.from(files.get('report.json')!).toString('utf8')) as { note: string; schema: string };
    expect(json.schema).toBe('wsl-gpu-setup/diagnose@1');
    expect(json.note).toBe('C:\\Users\\<user>\\x <email> C%3A%5CUsers%5C<user>');
  });
});

describe('writeBundle targets', () => {
  it('refuses to write over an existing folder', async () => {
    const out = path.join(dir, 'existing');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'keep.txt'), 'x');
    const captures = canaryCaptures();
    const { report, reportJson } = canaryReport(captures);
    const r = await writeBundle({ out, captures, report, reportJson, app: { name: 'a', version: '1' }, platform: HOST, translate, redactor });
    expect(r.ok ? null : r.error.code).toBe('exists');
    expect(fs.readdirSync(out)).toEqual(['keep.txt']);
  });

  it('replaces an existing zip atomically', async () => {
    const out = path.join(dir, 'b.zip');
    fs.writeFileSync(out, 'old');
    await write(out);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    expect(fs.readdirSync(dir)).toEqual(['b.zip']);
  });
});
