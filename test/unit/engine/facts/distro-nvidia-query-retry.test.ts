import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distroFactsFrom } from '../../../../electron/engine/facts/distro-facts.js';
import type { ProbeCommandRecord, ProbeDocument } from '../../../../electron/host/distro/probe-document-schema.js';
import { probeCapture } from '../gpu-chain/scenario.js';

// Issue #8 point 9, inside the distro: an older driver's nvidia-smi rejects the collector's CSV
// query for compute_cap (exit code 2); the collector asks again without it as its own record,
// `nvidia-smi-query-retry`, and the facts read the GPUs from that retry.

const FIXTURES = path.resolve(import.meta.dirname, '../../../fixtures');
// The RTX 3060 / 472.12 answers of test/fixtures/scenarios/nvidia-smi/rtx3060-472.query*.utf-8.txt
// (reconstructed from real reports), in the collector's field order and with Linux line ends.
const REJECTED = fs.readFileSync(path.join(FIXTURES, 'scenarios/nvidia-smi/rtx3060-472.query.utf-8.txt'), 'utf8').replace(/\r\n/gu, '\n');
const RETRIED = 'index, name, memory.total [MiB], driver_version, pci.bus_id\n0, NVIDIA GeForce RTX 3060, 12288 MiB, 472.12, 00000000:01:00.0\n';
const SMI = '/usr/lib/wsl/lib/nvidia-smi';

function record(fields: string, stdout: string, exitCode: number): ProbeCommandRecord {
  return { argv: [SMI, `--query-gpu=${fields}`, '--format=csv'], exitCode, signal: null, stdout, stderr: '', durationMs: 40, timedOut: false, truncated: false, error: null };
}

/** The healthy RTX 4070 document with its nvidia-smi records replaced by the old driver's answers. */
function documentWith(commands: Record<string, ProbeCommandRecord>): Buffer {
  const doc = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'distro/probe/wsl-rtx4070-healthy.json'), 'utf8')) as ProbeDocument;
  delete doc.commands['nvidia-smi'];
  delete doc.commands['nvidia-smi-query'];
  Object.assign(doc.commands, commands);
  return Buffer.from(JSON.stringify(doc), 'utf8');
}

const first = record('index,name,memory.total,driver_version,pci.bus_id,compute_cap', REJECTED, 2);
const retry = record('index,name,memory.total,driver_version,pci.bus_id', RETRIED, 0);

describe('distro facts when the in-distro nvidia-smi query was rejected and retried', () => {
  it('reads the GPUs and the driver from the retry; compute capability stays unknown', () => {
    const facts = distroFactsFrom(new Map([['distro.probe', probeCapture(documentWith({ 'nvidia-smi-query': first, 'nvidia-smi-query-retry': retry }), 'wsl')]]));
    expect(facts?.nvidia).toMatchObject({
      driverVersion: '472.12',
      gpus: [{ index: 0, name: 'NVIDIA GeForce RTX 3060', memoryTotalMiB: 12288, busId: '00000000:01:00.0', computeCapability: null }],
      error: null,
    });
  });

  it('without a retry the rejection is the answer (no GPUs, the invalid-field error)', () => {
    const facts = distroFactsFrom(new Map([['distro.probe', probeCapture(documentWith({ 'nvidia-smi-query': first }), 'wsl')]]));
    expect(facts?.nvidia?.gpus).toEqual([]);
    expect(facts?.nvidia?.error?.code).toBe('invalid-query-field');
  });

  it('a retry record never overrides a first answer that was not rejected', () => {
    const good = record('index,name,memory.total,driver_version,pci.bus_id,compute_cap', 'index, name, memory.total [MiB], driver_version, pci.bus_id, compute_cap\n0, NVIDIA GeForce RTX 3060, 12288 MiB, 472.12, 00000000:01:00.0, 8.6\n', 0);
    const facts = distroFactsFrom(new Map([['distro.probe', probeCapture(documentWith({ 'nvidia-smi-query': good, 'nvidia-smi-query-retry': retry }), 'wsl')]]));
    expect(facts?.nvidia?.gpus[0]?.computeCapability).toBe('8.6');
  });
});
