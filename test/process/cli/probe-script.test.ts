import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../../electron/cli/args.js';
import { runCli } from '../../../electron/cli/main.js';
import { parseProbeDocument } from '../../../electron/host/distro/parse-probe-document.js';
import { probeScriptText } from '../../../electron/host/distro/probe-script.js';
import { defaultPlan } from '../../../electron/engine/plan/default-plan.js';
import { CHECK_REFERENCE } from '../../check-reference.js';

// `wsl-gpu-setup probe-script --out FILE`: the collector as a file, for machines without Node
// (../shared/scripts/gpu-proof/README.md runs it exactly so), and `--python` of diagnose/bundle.

const BIN = path.resolve(import.meta.dirname, '../../../electron/cli/wsl-gpu-setup.mjs');
const SYSTEM_PYTHON = '/usr/bin/python3';
let dir = '';
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'probe-script-'));
  // Readable by everyone: as root the collector runs a --python interpreter as the distro's default user.
  fs.chmodSync(dir, 0o755);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { env: { ...process.env, LANG: 'C' }, stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: dir });
  return { code, out, err };
}

describe('probe-script --out FILE', () => {
  it('writes, through the installed command, exactly the text the app sends on stdin; sh FILE prints a valid document', async () => {
    const file = path.join(dir, 'probe.sh');
    const r = await promisify(execFile)(process.execPath, [BIN, 'probe-script', '--out', file], { cwd: dir });
    expect(r.stdout).toBe(`${file}\n`);
    expect(fs.readFileSync(file).equals(Buffer.from(probeScriptText(), 'utf8'))).toBe(true);
    const doc = parseProbeDocument(execFileSync('sh', [file], { encoding: 'utf8', cwd: dir, timeout: 30_000 }));
    if (!doc.ok) throw new Error(doc.error.message);
    expect(doc.skippedChars).toBe(0);
    expect(doc.doc).toMatchObject({ probeVersion: 3, args: { bench: false, python: null }, errors: [] });
    expect(doc.doc.interpreters?.at(-1)?.source).toBe('system');
  }, 60_000);

  it.skipIf(!fs.existsSync(SYSTEM_PYTHON))('sh FILE --bench --python P judges that interpreter first and benchmarks in it', async () => {
    const file = path.join(dir, 'probe-python.sh');
    expect((await cli(['probe-script', '--out', 'probe-python.sh'])).code).toBe(0);
    const venv = path.join(dir, 'env');
    execFileSync(SYSTEM_PYTHON, ['-m', 'venv', '--without-pip', venv]);
    const lib = path.join(venv, 'lib');
    const site = path.join(lib, fs.readdirSync(lib).find((d) => d.startsWith('python3')) ?? 'python3', 'site-packages');
    fs.cpSync(path.resolve(import.meta.dirname, '../probe/fake-torch/torch'), path.join(site, 'torch'), { recursive: true });
    const python = path.join(venv, 'bin', 'python3');
    const out = execFileSync('sh', [file, '--bench', '--python', python], { encoding: 'utf8', cwd: dir, timeout: 30_000, env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' } });
    const doc = parseProbeDocument(out);
    if (!doc.ok) throw new Error(doc.error.message);
    expect(doc.doc.args.python).toBe(python);
    expect(doc.doc.interpreters?.[0]).toMatchObject({ path: python, source: 'configured', frameworks: { torch: { installed: true } } });
    expect(doc.doc.frameworks.torch).toMatchObject({ installed: true, version: '0.0.0+fake', interpreter: 0 });
    expect(doc.doc.args.bench).toBe(true);
    expect(doc.doc.bench).toMatchObject({ status: 'ok', interpreter: 0, run: { exitCode: 0, timedOut: false } });
    expect(doc.doc.bench?.run?.argv[0]).toBe(python);
  }, 60_000);

  it('refuses a missing --out, options that belong to the script, and an unwritable path, with exit 2 and a clear message', async () => {
    const none = await cli(['probe-script']);
    expect(none).toMatchObject({ code: 2, out: '' });
    expect(none.err).toContain('probe-script needs --out <file>');
    const bench = await cli(['probe-script', '--out', 'x.sh', '--bench']);
    expect(bench.code).toBe(2);
    expect(bench.err).toContain('probe-script takes only --out (pass --bench and --python to the script itself): --bench');
    fs.writeFileSync(path.join(dir, 'a-file'), 'x');
    const blocked = await cli(['probe-script', '--out', 'a-file/probe.sh']);
    expect(blocked.code).toBe(2);
    expect(blocked.err).toMatch(new RegExp(`^cannot write ${path.join(dir, 'a-file/probe.sh').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: ENOTDIR`));
  });
});

describe('diagnose --python', () => {
  it('is passed to the collector as its --python argument', () => {
    const args = parseCliArgs(['diagnose', '--target', 'local', '--python', '/home/me/.venv/bin/python3']);
    expect(args).toMatchObject({ ok: true, command: 'diagnose', python: '/home/me/.venv/bin/python3' });
    if (!args.ok) return;
    const probe = defaultPlan({ target: 'local', bench: false, ...(args.python !== undefined ? { python: args.python } : {}) }, CHECK_REFERENCE).probes.find((p) => p.id === 'distro.probe');
    const spec = probe?.spec({} as never);
    expect(spec?.args).toEqual(['-s', '--', '--python', '/home/me/.venv/bin/python3']);
  });

  it('refuses a path the collector would not accept, and --python with --replay', () => {
    const relative = parseCliArgs(['diagnose', '--python', 'python3']);
    expect(relative.ok).toBe(false);
    if (!relative.ok) expect(relative.error).toContain('--python must be an absolute Linux path');
    expect(parseCliArgs(['bundle', '--python', '/home/me/../x/python3'])).toMatchObject({ ok: false });
    const replay = parseCliArgs(['diagnose', '--replay', 'b.zip', '--python', '/usr/bin/python3']);
    expect(replay.ok).toBe(false);
    if (!replay.ok) expect(replay.error).toContain('--target, --distro, --bench and --python do not apply');
  });
});
