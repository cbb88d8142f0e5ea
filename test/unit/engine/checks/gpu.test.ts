import { describe, expect, it } from 'vitest';
import { gpuDriverFloorCheck } from '../../../../electron/engine/checks/preflight/gpu-driver-floor.js';
import { gpuDriverModelCheck } from '../../../../electron/engine/checks/preflight/gpu-driver-model.js';
import { gpuDriverStaleCheck } from '../../../../electron/engine/checks/preflight/gpu-driver-stale.js';
import { gpuPresentCheck } from '../../../../electron/engine/checks/preflight/gpu-present.js';
import { gpuVendorSupportCheck } from '../../../../electron/engine/checks/preflight/gpu-vendor-support.js';
import type { NvidiaGpu, WindowsGpu } from '../../../../electron/contract/facts.js';
import { DRIVER_DOWNLOAD_URLS } from '../../../../electron/host/gpu/driver-floors.js';
import { factsFor, judge } from './facts-for.js';
import { expectBranches } from './table.js';

const rtx = (driver: string, windows: string): WindowsGpu => ({ name: 'NVIDIA GeForce RTX 4070', vendor: 'nvidia', driverVersion: driver, windowsDriverVersion: windows, memoryMiB: 12_282 });
const basic: WindowsGpu = { name: 'Microsoft Basic Render Driver', vendor: 'microsoft', driverVersion: null, windowsDriverVersion: '10.0.26100.1', memoryMiB: 0 };
const radeon: WindowsGpu = { name: 'AMD Radeon RX 7900 XTX', vendor: 'amd', driverVersion: null, windowsDriverVersion: '32.0.12033.1030', memoryMiB: 24_560 };
const arc = (windows: string): WindowsGpu => ({ name: 'Intel(R) Arc(TM) A770 Graphics', vendor: 'intel', driverVersion: windows, windowsDriverVersion: windows, memoryMiB: 16_256 });
const smiGpu = (index: number, driverModel: string | null, name = 'NVIDIA RTX A6000'): NvidiaGpu => ({ index, name, memoryTotalMiB: 49_140, driverModel, busId: null, computeCapability: '8.6' });
const noNvidia = { nvidia: { driverVersion: null, cudaVersion: null, smiVersion: null, gpus: [], error: { code: 'not-found', hresult: null, message: 'ENOENT' } } };

describe('gpu.present', () => {
  it('passes vendor GPUs (discrete or integrated) and fails Microsoft/other adapters only', () => {
    expectBranches(gpuPresentCheck, [
      { name: 'RTX + iGPU', facts: {}, status: 'pass', key: 'check.gpu.present.passCompute', params: { names: 'NVIDIA GeForce RTX 4070, Intel(R) UHD Graphics 770', compute: 'NVIDIA GeForce RTX 4070' } },
      { name: 'AMD only', facts: { gpus: [radeon] }, status: 'pass', key: 'check.gpu.present.pass', params: { names: 'AMD Radeon RX 7900 XTX' } },
      { name: 'NVIDIA card without its driver still present', facts: { gpus: [rtx('', '10.0.26100.1')] }, status: 'pass', key: 'check.gpu.present.pass' },
      { name: 'Basic Render only', facts: { gpus: [basic] }, status: 'fail', key: 'check.gpu.present.fail.noVendor', params: { names: 'Microsoft Basic Render Driver' } },
      { name: 'Qualcomm (other)', facts: { gpus: [{ ...basic, name: 'Qualcomm(R) Adreno(TM) X1-85 GPU', vendor: 'other' }] }, status: 'fail', key: 'check.gpu.present.fail.noVendor' },
      { name: 'no adapters', facts: { gpus: [] }, status: 'fail', key: 'check.gpu.present.fail.none', evidence: false },
      { name: 'inventory missing, nvidia-smi sees one', facts: { gpus: null }, status: 'pass', key: 'check.gpu.present.pass' },
      { name: 'nothing captured', facts: { gpus: null, nvidia: null }, status: 'unknown', key: 'check.unknown.notCaptured', params: { probe: 'windows.inventory' } },
    ]);
  });
});

describe('gpu.driver-stale', () => {
  it('fails a missing, pre-WDDM-2.9 or pre-R495 driver with the vendor download page', () => {
    expect(gpuDriverStaleCheck.prerequisites).toEqual(['gpu.present']);
    expectBranches(gpuDriverStaleCheck, [
      { name: 'current drivers', facts: {}, status: 'pass', key: 'check.gpu.driverStale.pass' },
      { name: 'NVIDIA on the Basic Display driver', facts: { gpus: [{ ...rtx('', '10.0.26100.1'), driverVersion: null }], nvidia: noNvidia.nvidia }, status: 'fail', key: 'check.gpu.driverStale.fail.noDriver', url: DRIVER_DOWNLOAD_URLS.nvidia },
      { name: 'NVIDIA 456.71 (WDDM 2.7)', facts: { gpus: [rtx('456.71', '27.21.14.5671')], nvidia: { driverVersion: '456.71' } }, status: 'fail', key: 'check.gpu.driverStale.fail.oldWddm', url: DRIVER_DOWNLOAD_URLS.nvidia },
      { name: 'NVIDIA 472.12 (WDDM 3.0, before R495)', facts: { gpus: [rtx('472.12', '30.0.14.7212')], nvidia: { driverVersion: '472.12' } }, status: 'fail', key: 'check.gpu.driverStale.fail.belowWslCuda', params: { version: '472.12' }, url: DRIVER_DOWNLOAD_URLS.nvidia },
      { name: 'old Intel iGPU', facts: { gpus: [rtx('581.80', '32.0.15.8180'), arc('26.20.100.7262')] }, status: 'fail', key: 'check.gpu.driverStale.fail.oldWddm', url: DRIVER_DOWNLOAD_URLS.intel },
      { name: 'AMD WDDM 3.2', facts: { gpus: [radeon], nvidia: noNvidia.nvidia }, status: 'pass', key: 'check.gpu.driverStale.pass' },
      { name: 'versions unread', facts: { gpus: [{ ...radeon, windowsDriverVersion: null }] }, status: 'unknown', key: 'check.gpu.driverStale.unknown' },
      { name: 'not captured', facts: { gpus: null }, status: 'unknown', key: 'check.unknown.notCaptured', evidence: false },
    ]);
  });
});

describe('gpu.driver-floor', () => {
  it('judges NVIDIA against the CUDA 12 and CUDA 13 floors', () => {
    expect(gpuDriverFloorCheck.prerequisites).toEqual(['gpu.present', 'gpu.driver-stale']);
    const nv = (v: string, w: string) => ({ gpus: [rtx(v, w)], nvidia: { driverVersion: v } });
    expectBranches(gpuDriverFloorCheck, [
      { name: '581.80', facts: {}, status: 'pass', key: 'check.gpu.driverFloor.pass.nvidia' },
      { name: '580.88', facts: nv('580.88', '32.0.15.8088'), status: 'pass', key: 'check.gpu.driverFloor.pass.nvidia' },
      { name: '566.36', facts: nv('566.36', '32.0.15.6636'), status: 'warn', key: 'check.gpu.driverFloor.warn.cuda13', params: { version: '566.36', cuda13: '580.00' }, url: DRIVER_DOWNLOAD_URLS.nvidia },
      { name: '528.33 exactly', facts: nv('528.33', '31.0.15.2833'), status: 'warn', key: 'check.gpu.driverFloor.warn.cuda13' },
      { name: '512.15', facts: nv('512.15', '30.0.15.1215'), status: 'fail', key: 'check.gpu.driverFloor.fail.cuda12', params: { cuda12: '528.33' }, url: DRIVER_DOWNLOAD_URLS.nvidia },
      { name: 'derived from Windows when nvidia-smi is missing', facts: { gpus: [rtx('566.36', '32.0.15.6636')], nvidia: noNvidia.nvidia }, status: 'warn', key: 'check.gpu.driverFloor.warn.cuda13' },
      { name: 'NVIDIA version unread', facts: { gpus: [{ ...rtx('', ''), driverVersion: null }], nvidia: noNvidia.nvidia }, status: 'unknown', key: 'check.gpu.driverFloor.unknown.nvidia' },
    ]);
  });

  it('judges AMD by its Adrenalin release and Intel by its build, each against its own floor', () => {
    const amd = (release: string | null, from: WindowsGpu['driverVersionFrom'] = 'adapter-registry'): WindowsGpu => ({ ...radeon, driverVersion: release, driverVersionFrom: release === null ? null : from });
    expectBranches(gpuDriverFloorCheck, [
      { name: 'AMD 26.7.1', facts: { gpus: [amd('26.7.1')], nvidia: noNvidia.nvidia }, status: 'pass', key: 'check.gpu.driverFloor.pass.amdOn', params: { name: 'AMD Radeon RX 7900 XTX', version: '26.7.1', minimum: '26.2.2' } },
      { name: 'AMD 24.8.1', facts: { gpus: [amd('24.8.1')], nvidia: noNvidia.nvidia }, status: 'warn', key: 'check.gpu.driverFloor.warn.amdOn', params: { version: '24.8.1' }, url: DRIVER_DOWNLOAD_URLS.amd },
      { name: 'AMD release unread', facts: { gpus: [amd(null)], nvidia: noNvidia.nvidia }, status: 'unknown', key: 'check.gpu.driverFloor.unknown.amdOn', params: { windows: '32.0.12033.1030' }, fix: true, url: DRIVER_DOWNLOAD_URLS.amd },
      { name: 'Intel Arc 101.6790', facts: { gpus: [arc('32.0.101.6790')], nvidia: noNvidia.nvidia }, status: 'pass', key: 'check.gpu.driverFloor.pass.intelOn', params: { version: '101.6790', minimum: '101.3490' } },
      { name: 'Intel 101.2111', facts: { gpus: [arc('31.0.101.2111')], nvidia: noNvidia.nvidia }, status: 'warn', key: 'check.gpu.driverFloor.warn.intelOn', url: DRIVER_DOWNLOAD_URLS.intel },
      { name: 'Intel unread', facts: { gpus: [arc('n/a')], nvidia: noNvidia.nvidia }, status: 'unknown', key: 'check.gpu.driverFloor.unknown.intelOn', fix: true },
      { name: 'no vendor GPU', facts: { gpus: [basic], nvidia: noNvidia.nvidia }, status: 'unknown', key: 'check.gpu.driverFloor.unknown.noGpu', evidence: false },
      { name: 'nothing captured', facts: { gpus: null, nvidia: null }, status: 'unknown', key: 'check.unknown.notCaptured', evidence: false },
    ]);
  });

  it('keeps both AMD numbers in the evidence and says which one was judged and where it was read', () => {
    const adapter = judge(gpuDriverFloorCheck, factsFor({ gpus: [{ ...radeon, driverVersion: '26.7.1', driverVersionFrom: 'adapter-registry' }], nvidia: noNvidia.nvidia }));
    const labels = (adapter.evidence ?? []).map((e) => [e.label.key, e.value]);
    expect(labels).toContainEqual(['evidence.gpu.amdRelease.adapter', '26.7.1']);
    expect(labels).toContainEqual(['evidence.gpu.amdWindowsVersion', '32.0.12033.1030']);
    expect(labels).toContainEqual(['evidence.gpu.floorStatus.community', expect.stringContaining('github.com/ROCm/librocdxg')]);
    const machine = judge(gpuDriverFloorCheck, factsFor({ gpus: [{ ...radeon, driverVersion: '26.7.1', driverVersionFrom: 'machine-registry' }], nvidia: noNvidia.nvidia }));
    expect((machine.evidence ?? []).map((e) => e.label.key)).toContain('evidence.gpu.amdRelease.machine');
  });

  it('on an Intel iGPU + Arc PC judges the Arc card, and the iGPU against the Intel floor by name', () => {
    const igpu: WindowsGpu = { name: 'Intel(R) UHD Graphics 770', vendor: 'intel', driverVersion: '31.0.101.2111', windowsDriverVersion: '31.0.101.2111', memoryMiB: 128, kind: 'integrated' };
    const card = { ...arc('32.0.101.6790'), kind: 'discrete' as const };
    const v = judge(gpuDriverFloorCheck, factsFor({ gpus: [igpu, card], nvidia: noNvidia.nvidia }));
    expect(v.status).toBe('pass');
    expect(v.summary.key).toBe('check.gpu.driverFloor.pass.intelOn');
    expect(v.summary.params).toMatchObject({ name: 'Intel(R) Arc(TM) A770 Graphics', version: '101.6790' });
    expect(v.evidence).toContainEqual({ label: { key: 'evidence.gpu.floor.below', params: { name: 'Intel(R) UHD Graphics 770', vendor: 'Intel', minimum: '101.3490' } }, value: '101.2111' });
    expect(v.evidence).toContainEqual({ label: { key: 'evidence.gpu.computeGpu' }, value: 'Intel(R) Arc(TM) A770 Graphics' });
  });

  it('on an AMD APU + NVIDIA laptop judges the NVIDIA card, shows the APU against the AMD floor and notes Optimus', () => {
    const apu: WindowsGpu = { name: 'AMD Radeon(TM) 780M', vendor: 'amd', driverVersion: '26.7.1', windowsDriverVersion: '32.0.31035.1003', memoryMiB: 512, kind: 'integrated', driverVersionFrom: 'adapter-registry' };
    const v = judge(gpuDriverFloorCheck, factsFor({ gpus: [apu, { ...rtx('581.80', '32.0.15.8180'), kind: 'discrete' }], distro: { powerSource: 'battery' } }));
    expect(v.summary.key).toBe('check.gpu.driverFloor.pass.nvidia');
    const labels = (v.evidence ?? []).map((e) => [e.label.key, e.value]);
    expect(labels).toContainEqual(['evidence.gpu.computeGpu', 'NVIDIA GeForce RTX 4070']);
    expect(labels).toContainEqual(['evidence.gpu.floor.meets', '26.7.1']);
    expect(labels).toContainEqual(['evidence.gpu.optimus', 'battery']);
  });
});

describe('gpu.driver-model', () => {
  it('fails TCC (invisible to WSL), warns MCDM, passes WDDM', () => {
    expectBranches(gpuDriverModelCheck, [
      { name: 'WDDM', facts: {}, status: 'pass', key: 'check.gpu.driverModel.pass' },
      { name: 'TCC', facts: { nvidia: { gpus: [smiGpu(0, 'TCC')] } }, status: 'fail', key: 'check.gpu.driverModel.fail.tcc', params: { names: '0: NVIDIA RTX A6000' } },
      { name: 'TCC + WDDM mix', facts: { nvidia: { gpus: [smiGpu(0, 'WDDM', 'NVIDIA GeForce RTX 4070'), smiGpu(1, 'TCC')] } }, status: 'fail', key: 'check.gpu.driverModel.fail.tcc', params: { names: '1: NVIDIA RTX A6000' } },
      { name: 'MCDM', facts: { nvidia: { gpus: [smiGpu(0, 'MCDM')] } }, status: 'warn', key: 'check.gpu.driverModel.warn.mcdm' },
      { name: 'model unread', facts: { nvidia: { gpus: [smiGpu(0, null)] } }, status: 'unknown', key: 'check.gpu.driverModel.unknown' },
      { name: 'nvidia-smi missing', facts: noNvidia, status: 'unknown', key: 'check.gpu.driverModel.unknown.noSmi', evidence: false },
      { name: 'no NVIDIA GPU', facts: { gpus: [radeon], ...noNvidia }, status: 'skip', key: 'check.gpu.driverModel.skip.noNvidia' },
      { name: 'nvidia-smi not captured', facts: { nvidia: null }, status: 'unknown', key: 'check.unknown.notCaptured', params: { probe: 'nvidia-smi.query' } },
    ]);
  });

  it('names the TCC GPU index in the fix command', () => {
    const v = judge(gpuDriverModelCheck, factsFor({ nvidia: { gpus: [smiGpu(0, 'WDDM'), smiGpu(1, 'TCC')] } }));
    expect(v.fix?.text).toEqual({ key: 'fix.gpu.driverModel.tcc', params: { index: 1 } });
  });
});

describe('gpu.vendor-support', () => {
  it("judges the compute GPU against its vendor's list: AMD's ROCm-on-WSL cards on Windows 11, Intel Arc for XPU, any NVIDIA card", () => {
    const apu: WindowsGpu = { name: 'AMD Radeon(TM) Graphics', vendor: 'amd', driverVersion: null, windowsDriverVersion: '31.0.24019.1006', memoryMiB: 512, kind: 'integrated' };
    const uhd: WindowsGpu = { name: 'Intel(R) UHD Graphics 620', vendor: 'intel', driverVersion: null, windowsDriverVersion: '31.0.101.2111', memoryMiB: 128, kind: 'integrated' };
    expect(gpuVendorSupportCheck.prerequisites).toEqual(['gpu.present']);
    expectBranches(gpuVendorSupportCheck, [
      { name: 'RTX 4070', facts: { gpus: [rtx('581.80', '32.0.15.8180')] }, status: 'pass', key: 'check.gpu.vendorSupport.pass.nvidia', params: { name: 'NVIDIA GeForce RTX 4070' } },
      { name: 'RX 7900 XTX on Windows 11', facts: { gpus: [radeon] }, status: 'pass', key: 'check.gpu.vendorSupport.pass.amd', params: { name: 'AMD Radeon RX 7900 XTX' } },
      { name: 'RX 7900 XTX on Windows 10', facts: { gpus: [radeon], windows: { version: '10.0.19045', build: 19045, displayVersion: '22H2' } }, status: 'warn', key: 'check.gpu.vendorSupport.warn.amdWindows' },
      { name: 'Ryzen iGPU only', facts: { gpus: [apu] }, status: 'warn', key: 'check.gpu.vendorSupport.warn.amdCard', params: { name: 'AMD Radeon(TM) Graphics' } },
      { name: 'Arc A770', facts: { gpus: [arc('32.0.101.6078')] }, status: 'pass', key: 'check.gpu.vendorSupport.pass.intel' },
      { name: 'UHD 620 only', facts: { gpus: [uhd] }, status: 'warn', key: 'check.gpu.vendorSupport.warn.intelCard' },
      { name: 'inventory not captured', facts: { gpus: null }, status: 'unknown', key: 'check.unknown.notCaptured', params: { probe: 'windows.inventory' } },
    ]);
  });
});
