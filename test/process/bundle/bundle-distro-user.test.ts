import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main.js';
import { BOOT_ARGS, scenarios } from '../../fakes/scenarios.js';
import type { FakeScenario, FakeSystemRoot } from '../../fakes/system-root.js';
import { makeFakeSystemRoot } from '../../fakes/system-root.js';
import { bundleFiles } from './bundle-helpers.js';
import { DISTRO_USER, distroUserDocument } from './distro-user-doc.js';

// The collector document names the distro's default user (`user.name`, each interpreter's
// `user`), who need not be any Windows account. `wsl-gpu-setup bundle` must redact that name in
// every file, not only inside /home/<user> paths, and replay must still give the same verdicts.

const PROBE_ARGS = ['-u', 'root', '--exec', '/bin/sh', '-s', '--'];
const WINDOWS_USER = 'winuser7';
const fakes: FakeSystemRoot[] = [];
const dirs: string[] = [];
afterEach(() => {
  fakes.splice(0).forEach((f) => f.dispose());
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** healthyEnglish, whose collector answers with a document naming `alice`. */
const machine: FakeScenario = {
  'wsl.exe': [
    ...(scenarios.healthyEnglish['wsl.exe'] ?? []).filter((r) => !(Array.isArray(r.args) && r.args.includes('--exec'))),
    { args: BOOT_ARGS, stdout: '' },
    { args: PROBE_ARGS, stdout: distroUserDocument() },
  ],
};

async function cli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await runCli(args, { env, stdout: (t) => (out += t), stderr: () => {} });
  return { code, out };
}

/** Where the name appears in the bytes, as UTF-8 or UTF-16LE text, case-insensitively. */
function occurrences(bytes: Uint8Array, name: string): number {
  const hay = Buffer.from(bytes).toString('latin1').toLowerCase();
  let n = 0;
  for (const form of [Buffer.from(name, 'utf8'), Buffer.from(name, 'utf16le')].map((b) => b.toString('latin1').toLowerCase())) {
    for (let i = hay.indexOf(form); i !== -1; i = hay.indexOf(form, i + 1)) n++;
  }
  return n;
}

describe('bundles of a machine whose distro user is not a Windows user', () => {
  it('contain the distro user\'s name in no file, count it as redacted, and replay to the same verdicts', async () => {
    const fake = makeFakeSystemRoot(machine);
    fakes.push(fake);
    const env = { ...process.env, ...fake.env, USERNAME: WINDOWS_USER, USERPROFILE: `C:\\Users\\${WINDOWS_USER}` };
    expect(Object.values(env).join('\n').toLowerCase()).not.toContain(DISTRO_USER);

    const live = await cli(['diagnose', '--json', '--target', 'wsl'], env);
    const liveReport = JSON.parse(live.out) as { checks: { id: string; status: string }[]; readiness: string; facts: { distro: { interpreters: { user: string }[] } } };
    // The name reached the facts, so a bundle has it to leak.
    expect(liveReport.facts.distro.interpreters.map((i) => i.user)).toEqual([DISTRO_USER, DISTRO_USER]);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wgs-distro-user-'));
    dirs.push(dir);
    const out = path.join(dir, 'bundle.zip');
    expect((await cli(['bundle', '--out', out, '--target', 'wsl'], env)).code).toBe(0);

    const files = bundleFiles(out);
    expect([...files.keys()]).toEqual(expect.arrayContaining(['manifest.json', 'report.md', 'report.json', 'captures/distro.probe.stdout', 'logs/diagnose.log']));
    const leaks = [...files].filter(([, bytes]) => occurrences(bytes, DISTRO_USER) > 0).map(([name]) => name);
    expect(leaks).toEqual([]);

    // Every mention in the collector's document (bare names and /home/alice paths) was replaced and counted.
    const manifest = JSON.parse(Buffer.from(files.get('manifest.json') ?? []).toString('utf8')) as { redactions: Record<string, number> };
    const inDocument = occurrences(Buffer.from(distroUserDocument(), 'utf8'), DISTRO_USER);
    expect(inDocument).toBeGreaterThan(5);
    expect(manifest.redactions.user).toBeGreaterThanOrEqual(inDocument);
    const doc = JSON.parse(Buffer.from(files.get('captures/distro.probe.stdout') ?? []).toString('utf8')) as { user: { name: string; home: string }; interpreters: { user: string }[] };
    expect(doc.user).toMatchObject({ name: '<user>', home: '/home/<user>' });
    expect(doc.interpreters.map((i) => i.user)).toEqual(['<user>', '<user>']);

    const replay = await cli(['diagnose', '--json', '--replay', out], { ...process.env, WSL_GPU_SETUP_PLATFORM: 'linux' });
    const replayReport = JSON.parse(replay.out) as typeof liveReport;
    const verdicts = (r: typeof liveReport) => Object.fromEntries(r.checks.map((c) => [c.id, c.status]));
    expect(verdicts(replayReport)).toEqual(verdicts(liveReport));
    expect(replayReport.readiness).toBe(liveReport.readiness);
  }, 60_000);
});
