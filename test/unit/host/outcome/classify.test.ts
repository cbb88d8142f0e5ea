import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogs } from '../../../../electron/contract/locales/index.js';
import { CAUSE_IDS, CAUSES } from '../../../../electron/host/outcome/causes.js';
import { classifyOutput } from '../../../../electron/host/outcome/classify.js';
import { cleanPaste } from '../../../../electron/host/outcome/paste.js';

const apt01 = fs.readFileSync('test/fixtures/explain/apt-get/01.txt', 'utf8');
const pip01 = fs.readFileSync('test/fixtures/explain/pip-install/01.txt', 'utf8');

describe('classifyOutput', () => {
  it('reads a UTF-16LE wsl.exe output (no BOM, CRLF) down to its catalog entry and fix', () => {
    const bytes = new Uint8Array(fs.readFileSync('test/fixtures/host/wsl/error/13-en-crlf.utf-16le.txt'));
    const got = classifyOutput({ tool: 'auto', output: bytes });
    expect(got).toMatchObject({ tool: 'wsl', outcome: 'blocked', cause: 'virtualization-off', facts: { hresult: '0x80370102' } });
    expect(got.evidence).toContain('Error code: HCS_E_HYPERV_NOT_INSTALLED');
    expect(got.next?.label.key).toBe('wslError.HCS_E_HYPERV_NOT_INSTALLED.fix');
  });

  it('gives the facts the text shows (lock file, package, version)', () => {
    expect(classifyOutput({ tool: 'apt', output: apt01 }).facts).toEqual({ path: '/var/lib/dpkg/lock-frontend' });
    const notFound = classifyOutput({ tool: 'auto', output: fs.readFileSync('test/fixtures/explain/apt-get/09.txt') });
    expect(notFound.facts.package).toBe('nvidia-container-toolkit-base');
    const installed = classifyOutput({ tool: 'auto', output: fs.readFileSync('test/fixtures/explain/apt-get/07.txt') });
    expect(installed).toMatchObject({ outcome: 'ok', cause: 'installed', facts: { package: 'cuda-keyring', version: '1.1-1' } });
  });

  const pastes: [string, (t: string) => string][] = [
    ['a markdown fence', (t) => `\`\`\`console\n${t}\n\`\`\``],
    ['> quote markers', (t) => t.split('\n').map((l) => `> ${l}`).join('\n')],
    ['a PowerShell prompt line', (t) => `PS C:\\Users\\taro> wsl -d Ubuntu -- sudo apt-get install -y curl\n${t}`],
    ['a bash prompt line', (t) => `taro@DESKTOP-1:~$ sudo apt-get install -y curl\n${t}`],
    ['CRLF line ends', (t) => t.replace(/\n/gu, '\r\n')],
    ['ANSI colours', (t) => t.replace(/^E:/gmu, '\u001b[31mE:\u001b[0m')],
  ];
  it.each(pastes)('a pasted apt lock with %s is still apt-lock-held', (_name, wrap) => {
    expect(classifyOutput({ tool: 'auto', output: wrap(apt01) })).toMatchObject({ outcome: 'retryable', cause: 'apt-lock-held' });
  });

  it('reads NUL-interleaved UTF-16 text pasted as bytes', () => {
    expect(classifyOutput({ tool: 'auto', output: new Uint8Array(Buffer.from(pip01, 'utf16le')) }).cause).toBe('pep668-externally-managed');
  });

  it('a prompt line names the tool, and that tool\'s table alone decides', () => {
    expect(cleanPaste('PS C:\\> bcdedit /set x\nThe parameter is incorrect.').commands).toEqual(['bcdedit /set x']);
    // The apt text under pip's table is not a pip cause: precision before recall.
    expect(classifyOutput({ tool: 'pip', output: apt01 })).toMatchObject({ outcome: 'unknown', cause: null });
  });

  it('a Windows system message names no tool unless a command line does', () => {
    expect(classifyOutput({ tool: 'auto', output: 'Access is denied.\n' })).toMatchObject({ tool: null, outcome: 'failed', cause: 'access-denied' });
    expect(classifyOutput({ tool: 'auto', output: 'PS C:\\> bcdedit /set {current} hypervisorlaunchtype Auto\nThe parameter is incorrect.\n' })).toMatchObject({ tool: 'bcdedit', cause: 'invalid-arguments' });
  });

  it('evidence is the lines that carry the token, with the message line only before a bare `Error code:` line', () => {
    const got = classifyOutput({ tool: 'wsl', output: 'Installing, this may take a few minutes...\nWslRegisterDistribution failed with error: 0x80370102\n' });
    expect(got.evidence).toEqual(['WslRegisterDistribution failed with error: 0x80370102']);
  });

  it('unknown says so, keeps the last lines as evidence and points to support', () => {
    const got = classifyOutput({ tool: 'auto', output: 'line one\nsomething odd happened\nexit status 3' });
    expect(got).toMatchObject({ outcome: 'unknown', cause: null, tool: null, next: { kind: 'support', label: { key: 'explain.next.unknown' } } });
    expect(got.evidence).toEqual(['line one', 'something odd happened', 'exit status 3']);
  });

  it('an exit code decides only when the text says nothing: 0 ok, 3010 restart, others unknown', () => {
    expect(classifyOutput({ tool: 'dism', exitCode: 3010, output: '' })).toMatchObject({ outcome: 'reboot-required', cause: 'reboot-pending' });
    expect(classifyOutput({ tool: 'apt', exitCode: 0, output: 'Reading package lists...' })).toMatchObject({ outcome: 'ok', cause: 'operation-succeeded' });
    expect(classifyOutput({ tool: 'apt', exitCode: 100, output: 'Reading package lists...' }).outcome).toBe('unknown');
    // apt-get update exits 0 on DNS failures: the text wins over the exit code.
    expect(classifyOutput({ tool: 'apt', exitCode: 0, output: fs.readFileSync('test/fixtures/explain/apt-get/04.txt') }).cause).toBe('dns-failure');
  });

  it.each(fs.readdirSync('test/fixtures/steps/wsl-install').filter((f) => /^\d+-[a-z]+-(?:noaction-)?reboot\.utf-8\.txt$/u.test(f)))('%s: wsl --install asking for a restart (its Windows message, any language) is reboot-required', (f) => {
    const got = classifyOutput({ tool: 'auto', exitCode: 0, output: fs.readFileSync(`test/fixtures/steps/wsl-install/${f}`) });
    expect(got).toMatchObject({ tool: 'wsl', outcome: 'reboot-required', cause: 'reboot-pending', next: { kind: 'reboot' } });
    expect(got.evidence.length).toBeGreaterThan(0);
    // The same text under dism's table (DISM and msiexec print the same system message).
    expect(classifyOutput({ tool: 'dism', output: fs.readFileSync(`test/fixtures/steps/wsl-install/${f}`) }).cause).toBe('reboot-pending');
  });

  it('recognises the issue\'s Docker GPU failure and a CPU-only torch wheel', () => {
    expect(classifyOutput({ tool: 'auto', output: 'docker: Error response from daemon: could not select device driver "" with capabilities: [[gpu]].' }).cause).toBe('docker-no-gpu-runtime');
    expect(classifyOutput({ tool: 'pip', output: 'Successfully installed torch-2.5.1+cpu torchvision-0.20.1+cpu' })).toMatchObject({ outcome: 'failed', cause: 'cpu-wheel-installed', facts: { version: '2.5.1+cpu' } });
  });

  it('every cause has an outcome, and its next action exists in English and Japanese', () => {
    for (const id of CAUSE_IDS) {
      const next = CAUSES[id].next;
      if (next === null) continue;
      expect(catalogs.en[next.key], `${id}: ${next.key}`).toBeTruthy();
      expect(catalogs.ja[next.key], `${id}: ${next.key}`).toBeTruthy();
    }
    expect(catalogs.ja['explain.next.unknown']).toBeTruthy();
  });
});
