import { afterEach, describe, expect, it } from 'vitest';
import { defaultPlan } from '../../../electron/engine/plan/default-plan.js';
import { NVIDIA_PROBE_IDS } from '../../../electron/engine/probes/nvidia-probes.js';
import { scenarios } from '../../fakes/scenarios.js';
import type { FakeRule, FakeSystemRoot } from '../../fakes/system-root.js';
import { diagnoseFake, replayed } from './distro-support.js';
import { CHECK_REFERENCE } from '../../check-reference.js';

// Issue #8 point 9: an R470-series nvidia-smi.exe rejects the whole CSV query for one field it
// does not know (compute_cap). The query is asked again without it; both answers are captured.

const FULL = '--query-gpu=index,name,memory.total,driver_model.current,pci.bus_id,compute_cap,driver_version';
const BASE = '--query-gpu=index,name,memory.total,driver_model.current,pci.bus_id,driver_version';
const fakes: FakeSystemRoot[] = [];
afterEach(() => fakes.splice(0).forEach((f) => f.dispose()));

function nvidiaSmi(query: FakeRule): FakeRule[] {
  return [
    { args: [], stdoutFile: 'scenarios/nvidia-smi/rtx3060-472.table.utf-8.txt' },
    { ...query, args: [FULL, '--format=csv'] },
    { args: [BASE, '--format=csv'], stdoutFile: 'scenarios/nvidia-smi/rtx3060-472.query-retry.utf-8.txt' },
  ];
}

const plan = defaultPlan({ target: 'none', bench: false }, CHECK_REFERENCE);

describe('nvidia-smi.exe of an older driver rejects compute_cap', () => {
  it('asks again without the optional field: GPUs and the driver come from the retry, both captures replay the same', async () => {
    const rejecting = { ...scenarios.notInstalled, 'nvidia-smi.exe': nvidiaSmi({ stdoutFile: 'scenarios/nvidia-smi/rtx3060-472.query.utf-8.txt', exitCode: 2 }) };
    const { fake, captures, report } = await diagnoseFake(rejecting, plan, fakes);
    expect(fake.calls().filter((c) => c.tool === 'nvidia-smi.exe').map((c) => c.args[0] ?? '').sort()).toEqual(['', BASE, FULL].sort());
    expect(captures.get(NVIDIA_PROBE_IDS.query)?.exitCode).toBe(2);
    expect(captures.get(NVIDIA_PROBE_IDS.queryRetry)?.exitCode).toBe(0);
    expect(report.facts.nvidia).toEqual({
      driverVersion: '472.12',
      cudaVersion: '11.4',
      smiVersion: '472.12',
      // The table cuts the name; the retried CSV gives it whole. Compute capability stays unknown.
      gpus: [{ index: 0, name: 'NVIDIA GeForce RTX 3060', memoryTotalMiB: 12288, driverModel: 'WDDM', busId: '00000000:01:00.0', computeCapability: null }],
      error: null,
    });
    const replay = await replayed(captures, report, plan);
    expect(replay.facts.nvidia).toEqual(report.facts.nvidia);
    expect(replay.checks).toEqual(report.checks);
  });

  it('a driver that knows every field is asked once', async () => {
    const modern = { ...scenarios.notInstalled, 'nvidia-smi.exe': nvidiaSmi({ stdoutFile: 'scenarios/nvidia-smi/rtx4070-581.query.utf-8.txt' }) };
    const { fake, captures } = await diagnoseFake(modern, plan, fakes);
    expect(fake.calls().filter((c) => c.tool === 'nvidia-smi.exe' && c.args[0] === BASE)).toEqual([]);
    expect(captures.has(NVIDIA_PROBE_IDS.queryRetry)).toBe(false);
  });
});
