import { describe, expect, it } from 'vitest';
import { parseNvidiaSmiCsv } from '../../../../electron/host/nvidia-smi/parse-csv.js';
import { parseNvidiaSmiTable } from '../../../../electron/host/nvidia-smi/parse-table.js';
import { nvidiaFactsFrom } from '../../../../electron/host/nvidia-smi/facts.js';
import { loadNvidiaSmiFixtures } from './load-fixtures.js';
import { atLeastOne } from '../../../fixture-selection.js';

const fixtures = loadNvidiaSmiFixtures();

// index.json's NVML status names → this module's error tokens.
const NVML_STATUS: Record<string, string> = {
  driver_not_reachable: 'driver-communication',
  gpu_access_blocked: 'gpu-access-blocked',
};

// Expected keys that describe the paste or the situation rather than a value the parser reads:
// `truncated` (the published copy ended early), `meaning` (prose), `nvidia_smi_path` (from the
// `which` line before the table). Every other key is asserted below; an unknown key fails.
const NOT_PARSED = new Set(['truncated', 'meaning', 'nvidia_smi_path']);

describe('nvidia-smi fixtures', () => {
  it('has the real samples and the reconstructed variants', () => {
    expect(fixtures.filter((f) => !f.meta.reconstructed).length).toBe(10);
    expect(fixtures.filter((f) => f.meta.reconstructed).length).toBeGreaterThanOrEqual(10);
    for (const f of fixtures) expect(f.meta.encoding).toBe('utf-8');
  });

  for (const f of atLeastOne(
    fixtures.filter((x) => x.meta.parse === 'table'),
    'nvidia-smi table fixtures',
  )) {
    it(`table ${f.id}`, () => {
      const r = parseNvidiaSmiTable(f.text, { exitCode: f.meta.exitCode ?? null });
      for (const [key, want] of Object.entries(f.meta.expected)) {
        if (NOT_PARSED.has(key)) continue;
        switch (key) {
          case 'kind': expect(r.kind).toBe(want); break;
          case 'driver_version': expect(r.driverVersion).toBe(want); break;
          case 'cuda_version': expect(r.cudaVersion).toBe(want); break;
          case 'cuda_version_error': expect(r.cudaVersionError).toBe(want); break;
          case 'nvidia_smi_version': expect(r.smiVersion).toBe(want); break;
          case 'error_token': expect(r.error?.code).toBe(want); break;
          case 'nvml_status': expect(r.error?.code).toBe(NVML_STATUS[String(want)]); break;
          // The Wsl/… code and HRESULT of index.json: nvidia-smi failures carry neither.
          case 'error_code': expect(nvidiaFactsFrom(r, null).error?.code).not.toMatch(/^Wsl\//u); expect(want).toBeNull(); break;
          case 'hresult': expect(nvidiaFactsFrom(r, null).error?.hresult).toBe(want); break;
          case 'gpus': {
            const gpus = want as Record<string, unknown>[];
            expect(r.gpus).toHaveLength(gpus.length);
            gpus.forEach((g, i) => {
              const got = r.gpus[i];
              for (const [gk, gv] of Object.entries(g)) {
                const field = { index: 'index', name: 'name', name_truncated: 'nameTruncated', driver_model: 'driverModel',
                  memory_total_mib: 'memoryTotalMiB', memory_used_mib: 'memoryUsedMiB', bus_id: 'busId' }[gk];
                expect(field, `unknown gpu key ${gk}`).toBeDefined();
                expect((got as unknown as Record<string, unknown>)[field ?? ''], `${f.id} gpu ${i} ${gk}`).toBe(gv);
              }
            });
            break;
          }
          case 'processes':
            expect(r.processes.map((p) => ({ pid: p.pid, type: p.type, name: p.name }))).toEqual(want);
            break;
          default: throw new Error(`unhandled expected key ${key} in ${f.id}`);
        }
      }
      if (r.kind === 'table') expect(r.error).toBeNull();
    });
  }

  for (const f of atLeastOne(
    fixtures.filter((x) => x.meta.parse === 'csv'),
    'nvidia-smi csv fixtures',
  )) {
    it(`csv ${f.id}`, () => {
      const r = parseNvidiaSmiCsv(f.text, { columns: f.meta.columns, exitCode: f.meta.exitCode ?? null });
      const facts = nvidiaFactsFrom(null, r);
      for (const [key, want] of Object.entries(f.meta.expected)) {
        switch (key) {
          case 'kind': expect(r.kind).toBe(want); break;
          case 'error_token': expect(r.error?.code).toBe(want); break;
          case 'columns': expect(r.columns.map((c, i) => (r.units[i] ? `${c} [${r.units[i]}]` : c))).toEqual(want); break;
          case 'driver_version': expect(facts.driverVersion).toBe(want); break;
          case 'gpus': {
            const gpus = want as Record<string, unknown>[];
            expect(r.rows).toHaveLength(gpus.length);
            gpus.forEach((g, i) => {
              const row = r.rows[i] ?? {};
              const gpu = facts.gpus[i];
              for (const [gk, gv] of Object.entries(g)) {
                if (gk === 'memory_used_mib') expect(Number(row['memory.used'])).toBe(gv);
                else {
                  const field = { index: 'index', name: 'name', driver_model: 'driverModel', memory_total_mib: 'memoryTotalMiB',
                    bus_id: 'busId', compute_cap: 'computeCapability' }[gk];
                  expect(field, `unknown gpu key ${gk}`).toBeDefined();
                  expect((gpu as unknown as Record<string, unknown>)[field ?? ''], `${f.id} gpu ${i} ${gk}`).toBe(gv);
                }
              }
            });
            break;
          }
          default: throw new Error(`unhandled expected key ${key} in ${f.id}`);
        }
      }
    });
  }
});
