import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main.js';
import { checkedInValidator } from '../../tools/checked-in-schema.js';

// `wsl-gpu-setup explain`: through the installed command (electron/cli/wsl-gpu-setup.mjs) on a
// UTF-16LE wsl.exe output and on a pasted apt output read from stdin; the rest in-process.

const BIN = path.resolve(import.meta.dirname, '../../../electron/cli/wsl-gpu-setup.mjs');
const WSL_UTF16 = path.resolve('test/fixtures/host/wsl/error/13-en-crlf.utf-16le.txt');
const APT_LOCK = fs.readFileSync('test/fixtures/explain/apt-get/01.txt', 'utf8');
const validate = checkedInValidator('docs/schemas/explain.schema.json');

let dir = '';
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'explain-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function bin(args: string[], input?: string): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, 'explain', ...args], { input: input ?? '', encoding: 'utf8', env: { ...process.env, LANG: 'C' }, timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(['explain', ...argv], { env: { LANG: 'C' }, stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: dir });
  return { code, out, err };
}

describe('wsl-gpu-setup explain (the installed command)', () => {
  it('explains a UTF-16LE wsl.exe output: outcome, cause, evidence, the catalog fix; exit 0', () => {
    const r = bin([WSL_UTF16]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Outcome:  blocked (policy, firmware or Store)');
    expect(r.out).toContain('Cause:    virtualization-off (wsl)');
    expect(r.out).toContain('  | Error code: HCS_E_HYPERV_NOT_INSTALLED');
    expect(r.out).toContain('Next:     Enable Intel VT-x / AMD SVM');
  }, 60_000);

  it('explains a pasted apt output from stdin as an explain@1 document that the checked-in schema accepts', () => {
    const paste = `\`\`\`\ntaro@DESKTOP-1:~$ sudo apt-get install -y python3-venv\n${APT_LOCK.replace(/\n/gu, '\r\n')}\n\`\`\`\n`;
    const r = bin(['-', '--json'], paste);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out) as Record<string, unknown>;
    expect(validate(doc)).toEqual([]);
    expect(doc).toMatchObject({ schema: 'wsl-gpu-setup/explain@1', tool: 'apt', outcome: 'retryable', cause: 'apt-lock-held', facts: { path: '/var/lib/dpkg/lock-frontend' }, next: { kind: 'retry', key: 'setup.next.aptLock' } });
    expect((doc.evidence as string[])[0]).toMatch(/^E: Could not get lock/u);
  }, 60_000);
});

describe('wsl-gpu-setup explain (in-process)', () => {
  it('answers in Japanese with --lang ja', async () => {
    const r = await cli([WSL_UTF16, '--lang', 'ja']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('結果:     ブロック');
    expect(r.out).toContain('次の対応: UEFI/BIOS 設定で');
  });

  it('unknown output: exit 4, says so, keeps the last lines, and the document is valid', async () => {
    fs.writeFileSync(path.join(dir, 'odd.txt'), 'something happened\nexit status 7\n');
    const r = await cli(['odd.txt', '--json']);
    expect(r.code).toBe(4);
    const doc = JSON.parse(r.out) as Record<string, unknown>;
    expect(validate(doc)).toEqual([]);
    expect(doc).toMatchObject({ outcome: 'unknown', cause: null, evidence: ['something happened', 'exit status 7'] });
  });

  it('--tool and --exit-code are used: dism with 3010 and no text is a restart', async () => {
    fs.writeFileSync(path.join(dir, 'empty.txt'), '');
    expect((await cli(['empty.txt'])).code).toBe(4);
    const r = await cli(['empty.txt', '--tool', 'dism', '--exit-code', '3010']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('restart needed');
  });

  it('usage errors exit 2: a missing file, an unknown tool, a bad exit code, two files', async () => {
    const missing = await cli(['no-such-file.txt']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('Cannot read no-such-file.txt: ENOENT');
    expect((await cli(['--tool', 'yum', '-'])).code).toBe(2);
    expect((await cli(['--exit-code', 'x', '-'])).code).toBe(2);
    expect((await cli(['a', 'b'])).code).toBe(2);
  });

  it('a 10 MB file and binary bytes get an answer (read head and tail only)', async () => {
    fs.writeFileSync(path.join(dir, 'big.txt'), `${'Get:1 http://archive.ubuntu.com/ubuntu noble InRelease [256 kB]\n'.repeat(160 * 1024)}E: Unable to locate package cuda\n`);
    const big = await cli(['big.txt', '--json']);
    expect(big.code).toBe(0);
    expect(JSON.parse(big.out)).toMatchObject({ cause: 'package-not-found', facts: { package: 'cuda' } });
    fs.writeFileSync(path.join(dir, 'bin.dat'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131) & 0xff)));
    expect((await cli(['bin.dat'])).code).toBe(4);
  });
});
