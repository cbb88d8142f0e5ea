import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogs } from '../../../../electron/contract/locales/index.js';
import type { Msg } from '../../../../electron/contract/messages.js';
import { MIN_DRIVER } from '../../../../electron/engine/checks/gpu-chain/cuda-requirement.js';
import { compareDriverVersions } from '../../../../electron/host/nvidia-smi/driver-version.js';
import { recommendTorchWheel } from '../../../../electron/engine/wheels/recommend-torch-wheel.js';
import { parseTorchWheelTable, TORCH_WHEELS, TORCH_WHEELS_ERROR } from '../../../../electron/engine/wheels/torch-wheels.js';
import { torchWheelFix } from '../../../../electron/engine/wheels/wheel-advice-message.js';

const FILE = path.resolve(import.meta.dirname, '../../../../assets/data/torch-wheels.json');
const text = fs.readFileSync(FILE, 'utf8');
interface RawTable { checked?: string; variants: { cuda: string; indexUrl: string; archs: string[] }[] }
const patched = (patch: (t: RawTable) => void): string => {
  const t = JSON.parse(text) as RawTable;
  patch(t);
  return JSON.stringify(t);
};
const english = (m: Msg): string => (catalogs.en[m.key] ?? m.key).replace(/\{\{(\w+)\}\}/gu, (_, k: string) => String(m.params?.[k] ?? ''));

describe('the PyTorch wheel table (assets/data/torch-wheels.json)', () => {
  it('loads, validates, and lists cu132, cu130 and cu126, never cu128', () => {
    expect(TORCH_WHEELS_ERROR).toBeNull();
    expect(TORCH_WHEELS?.variants.map((v) => v.id)).toEqual(['cu132', 'cu130', 'cu126']);
    expect(text).not.toMatch(/"cu128"/u);
    expect(TORCH_WHEELS?.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
    expect(TORCH_WHEELS?.release.sources.length).toBeGreaterThan(0);
    for (const floor of Object.values(TORCH_WHEELS?.driverFloors ?? {})) expect(floor.source).toMatch(/nvidia/iu);
  });

  it('rejects a variant without a driver floor for its CUDA major, a mismatched index, and a missing date', () => {
    const errorOf = (r: ReturnType<typeof parseTorchWheelTable>): string => (r.ok ? 'ok' : r.error);
    expect(errorOf(parseTorchWheelTable(patched((t) => { t.variants[0]!.cuda = '14.0'; })))).toContain('no driver floor for CUDA 14.0');
    expect(errorOf(parseTorchWheelTable(patched((t) => { t.variants[1]!.indexUrl = 'https://download.pytorch.org/whl/cu128'; })))).toContain('is not the variant');
    expect(parseTorchWheelTable(patched((t) => { delete t.checked; })).ok).toBe(false);
    expect(parseTorchWheelTable(patched((t) => { t.variants[2]!.archs = ['sm_5x']; })).ok).toBe(false);
    expect(parseTorchWheelTable(text).ok).toBe(true);
  });

  it('is where the driver requirement check reads its floors', () => {
    expect(MIN_DRIVER[12]).toEqual({ windows: '528.33', linux: '525.60.13' });
    expect(MIN_DRIVER[13]).toEqual({ windows: '580', linux: '580.65.06' });
  });
});

describe('recommendTorchWheel: GPU arch and driver → the wheel', () => {
  it('Pascal (sm_61) gets cu126: the cu13x wheels start at Turing', () => {
    expect(recommendTorchWheel({ arch: 'sm_61', driver: '581.80', numbering: 'windows' })).toEqual({
      ok: true, arch: 'sm_61', variant: 'cu126', cuda: '12.6', indexUrl: 'https://download.pytorch.org/whl/cu126', release: '2.14', minDriver: '528.33', alsoFits: [],
    });
    expect(recommendTorchWheel({ arch: '6.1', driver: null, numbering: 'windows' })).toMatchObject({ ok: true, variant: 'cu126' });
  });

  it('Blackwell (sm_120) gets cu132 (or cu130) once the driver meets their 580 floor', () => {
    expect(recommendTorchWheel({ arch: 'sm_120', driver: '581.80', numbering: 'windows' })).toMatchObject({ ok: true, variant: 'cu132', minDriver: '580', alsoFits: ['cu130'] });
    expect(recommendTorchWheel({ arch: 'sm_120', driver: '580.65.06', numbering: 'linux' })).toMatchObject({ ok: true, variant: 'cu132', minDriver: '580.65.06' });
    expect(recommendTorchWheel({ arch: 'sm_121', driver: '590.44.01', numbering: 'linux' })).toMatchObject({ ok: true, variant: 'cu132' });
  });

  it('Blackwell on an older driver: no wheel fits, and the advice names the floor', () => {
    expect(recommendTorchWheel({ arch: 'sm_120', driver: '576.02', numbering: 'windows' })).toEqual({
      ok: false, reason: 'driver-too-old', arch: 'sm_120', release: '2.14', driver: '576.02', minDriver: '580', variant: 'cu132', indexUrl: 'https://download.pytorch.org/whl/cu132',
    });
    expect(recommendTorchWheel({ arch: 'sm_120', driver: '575.57.08', numbering: 'linux' })).toMatchObject({ ok: false, reason: 'driver-too-old', minDriver: '580.65.06' });
  });

  it('Ada on a driver below 580 falls back to cu126; Pascal below 528.33 needs a driver update', () => {
    expect(recommendTorchWheel({ arch: 'sm_89', driver: '560.94', numbering: 'windows' })).toMatchObject({ ok: true, variant: 'cu126', minDriver: '528.33' });
    expect(recommendTorchWheel({ arch: 'sm_61', driver: '527.41', numbering: 'windows' })).toMatchObject({ ok: false, reason: 'driver-too-old', minDriver: '528.33', variant: 'cu126' });
  });

  it('Kepler (sm_35) has no current wheel; an unknown arch gets no advice', () => {
    expect(recommendTorchWheel({ arch: 'sm_35', driver: '472.12', numbering: 'windows' })).toEqual({ ok: false, reason: 'arch-unsupported', arch: 'sm_35', release: '2.14', supported: 'sm_50–sm_120' });
    expect(recommendTorchWheel({ arch: null, driver: '581.80', numbering: 'windows' })).toMatchObject({ ok: false, reason: 'arch-unknown' });
    expect(recommendTorchWheel({ arch: 'sm_120', driver: '581.80', numbering: 'windows' }, null)).toMatchObject({ ok: false, reason: 'no-table' });
  });

  it('compares driver versions by number, not text', () => {
    expect(compareDriverVersions('581.80', '580')).toBeGreaterThan(0);
    expect(compareDriverVersions('525.60.13', '525.60.2')).toBeGreaterThan(0);
    expect(compareDriverVersions('1000.1', '999.99')).toBeGreaterThan(0);
    expect(compareDriverVersions('580', '580.00')).toBe(0);
  });
});

describe('wheel advice messages', () => {
  it('old driver: the message names the floor and the driver found', () => {
    const m = torchWheelFix({ arch: 'sm_120', driver: '576.02', numbering: 'windows' });
    expect(english(m)).toBe('This GPU (sm_120) needs the cu132 PyTorch wheels, and they need NVIDIA driver 580 or newer (this machine has 576.02). Update the NVIDIA driver first, then: pip install torch --index-url https://download.pytorch.org/whl/cu132');
    expect(english(torchWheelFix({ arch: 'sm_61', driver: '581.80', numbering: 'windows' }))).toContain('--index-url https://download.pytorch.org/whl/cu126');
    expect(english(torchWheelFix({ arch: 'sm_35', driver: null, numbering: 'windows' }))).toContain('they cover sm_50–sm_120');
  });

  it('no message in any language mentions cu128 or CUDA 12.8', () => {
    for (const lang of ['en', 'ja'] as const) {
      const stale = Object.entries(catalogs[lang]).filter(([, t]) => /cu128|12\.8/u.test(t)).map(([k]) => k);
      expect(stale, lang).toEqual([]);
    }
  });
});
