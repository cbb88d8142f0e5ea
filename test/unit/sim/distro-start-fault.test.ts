import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { callTool } from '../../sim/run-tool.js';
import { startState } from '../../sim/start-states.js';
import { simStateSchema, type SimState } from '../../sim/state.js';
import { FIXTURES } from '../../sim/texts.js';

// The simulated PC's `distroStart` fault: starting a distro fails with a recorded wsl.exe error,
// printed as wsl.exe would print it (issue #13 point 4).

const BOOT = ['-d', 'Ubuntu', '-u', 'root', '--exec', '/bin/true'];

function withFault(name: Parameters<typeof startState>[0], recording: string): SimState {
  const state = startState(name);
  state.faults.distroStart = { recording };
  return simStateSchema.parse(state);
}

describe('faults.distroStart', () => {
  it('without WSL_UTF8 honoured (the inbox wsl.exe), prints the UTF-16LE recording byte for byte and exits -1', async () => {
    const r = await callTool(withFault('old-inbox-wsl', 'host/wsl/error/13-en'), 'wsl.exe', BOOT, { env: { WSL_UTF8: '1' } });
    expect(r.exitCode).toBe(-1);
    expect(Buffer.compare(r.stdout, fs.readFileSync(path.join(FIXTURES, 'host/wsl/error/13-en-crlf.utf-16le.txt')))).toBe(0);
  });

  it('with WSL_UTF8=1 on a WSL package, prints the UTF-8 recording with CRLF line ends', async () => {
    const state = withFault('japanese-windows', 'host/wsl/error/27-ja');
    const r = await callTool(state, 'wsl.exe', ['-d', 'Ubuntu-24.04', '-u', 'root', '--exec', '/bin/true'], { env: { WSL_UTF8: '1' } });
    expect(r.exitCode).toBe(-1);
    const recorded = fs.readFileSync(path.join(FIXTURES, 'host/wsl/error/27-ja.utf-8.txt'), 'utf8');
    expect(r.stdout.toString('utf8')).toBe(recorded.replace(/\r?\n/gu, '\r\n'));
  });

  it('leaves the distro stopped and every Windows-side answer as it was', async () => {
    const state = withFault('japanese-windows', 'host/wsl/error/27-ja');
    await callTool(state, 'wsl.exe', ['-d', 'Ubuntu-24.04', '-u', 'root', '--exec', '/bin/true'], { env: { WSL_UTF8: '1' } });
    expect(state.distros[0]?.running).toBe(false);
    expect((await callTool(state, 'wsl.exe', ['--status'], { env: { WSL_UTF8: '1' } })).exitCode).toBe(0);
  });

  it('accepts only recorded wsl.exe errors by their fixture stem', () => {
    const state = startState('japanese-windows');
    for (const recording of ['../../etc/passwd', 'host/wsl/error/13-en.utf-8.txt', 'sim/wsl-import-ok.ja']) {
      expect(simStateSchema.safeParse({ ...state, faults: { hang: [], distroStart: { recording } } }).success, recording).toBe(false);
    }
  });
});
