import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRocminfo } from '../../../../electron/host/distro/parse-rocminfo.js';

const fixture = (name: string): string => fs.readFileSync(new URL(`../../../fixtures/distro/rocminfo/${name}`, import.meta.url), 'utf8');

describe('parseRocminfo', () => {
  it('finds the GPU agent of a real WSL run (RX 7900 XTX, ROCm 6.2.3) and skips the CPU agent', () => {
    const r = parseRocminfo(fixture('wsl-rx7900xtx-rocm6.2.3.txt'));
    expect(r).toEqual({ wslDetected: true, agentCount: 2, gpuAgents: [{ name: 'gfx1100', marketingName: 'AMD Radeon RX 7900 XTX', computeUnits: 96 }] });
  });
  it('does not take the ISA sub-block (amdgcn-amd-amdhsa--gfx1100) for the agent name', () => {
    expect(parseRocminfo(fixture('wsl-rx7900xtx-rocm6.2.3.txt')).gpuAgents.map((a) => a.name)).toEqual(['gfx1100']);
  });
  it('lists no GPU agent when the runtime only found the CPU (the WSL GPU was not detected)', () => {
    const text = fixture('wsl-rx7900xtx-rocm6.2.3.txt');
    const cpuOnly = text.slice(0, text.indexOf('*******\nAgent 2'));
    expect(parseRocminfo(cpuOnly)).toMatchObject({ wslDetected: true, agentCount: 1, gpuAgents: [] });
  });
  it('tolerates CRLF, trailing blanks and empty or non-string input', () => {
    const crlf = fixture('wsl-rx7900xtx-rocm6.2.3.txt').replace(/\n/gu, '   \r\n');
    expect(parseRocminfo(crlf).gpuAgents).toEqual([{ name: 'gfx1100', marketingName: 'AMD Radeon RX 7900 XTX', computeUnits: 96 }]);
    expect(parseRocminfo('')).toEqual({ wslDetected: false, gpuAgents: [], agentCount: 0 });
    expect(parseRocminfo(undefined as unknown as string)).toEqual({ wslDetected: false, gpuAgents: [], agentCount: 0 });
  });
});

describe('parseRocminfo on a failed WSL run', () => {
  it('a real HSA_STATUS_ERROR_OUT_OF_RESOURCES run (ROCm 7.1 without librocdxg) has no agent at all', () => {
    expect(parseRocminfo(fixture('wsl-rocm7.1-no-rocdxg.txt'))).toEqual({ wslDetected: true, gpuAgents: [], agentCount: 0 });
  });
});
