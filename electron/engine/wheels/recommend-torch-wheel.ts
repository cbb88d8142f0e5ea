import { archListCovers } from '../../host/distro/parse-arch-list.js';
import { compareDriverVersions } from '../../host/nvidia-smi/driver-version.js';
import { driverFloorsFrom } from './cuda-driver-floors.js';
import { TORCH_WHEELS, type TorchWheelTable, type TorchWheelVariant } from './torch-wheels.js';

/**
 * Which PyTorch CUDA wheel fits a GPU and driver, from the wheel table alone (no I/O): the first
 * variant, in the table's order of preference, that carries kernels for the GPU's architecture
 * and whose CUDA major's driver floor the driver meets. The installer calls it with what it
 * knows; the checks use it for their fix texts. When none fits it says why: no current wheel
 * has kernels for the GPU, or the driver is below every fitting variant's floor (and which).
 */

/** Which numbering the driver version is in: Windows (also what nvidia-smi shows inside WSL) or native Linux. */
export type DriverNumbering = 'windows' | 'linux';

/** What is known of the machine. */
export interface WheelQuery {
  /** `sm_120`, or a compute capability `12.0`; null when unknown. */
  arch: string | null;
  /** `581.80` (Windows) or `580.95.05` (Linux); null when unknown (then only the arch decides). */
  driver: string | null;
  numbering: DriverNumbering;
}

/** The advice. */
export type WheelAdvice =
  | {
      ok: true;
      /** The GPU's arch as `sm_XY`. */
      arch: string;
      /** `cu132` */
      variant: string;
      cuda: string;
      indexUrl: string;
      /** The PyTorch release the table describes. */
      release: string;
      /** The driver floor of this variant, in the query's numbering. */
      minDriver: string;
      /** Other variants that would also fit, in order of preference. */
      alsoFits: string[];
    }
  | { ok: false; reason: 'arch-unknown' | 'no-table'; release: string | null }
  | { ok: false; reason: 'arch-unsupported'; arch: string; release: string; supported: string }
  | { ok: false; reason: 'driver-too-old'; arch: string; release: string; driver: string; minDriver: string; variant: string; indexUrl: string };

const SM = /^sm_(\d{1,2})(\d)$/u;
const CAPABILITY = /^(\d{1,2})\.(\d)$/u;

/** `sm_120` / `12.0` → `12.0`; null when neither. */
function capabilityOf(arch: string): string | null {
  const t = arch.trim();
  const sm = SM.exec(t);
  if (sm) return `${Number(sm[1])}.${sm[2]}`;
  return CAPABILITY.test(t) ? t : null;
}

/** Driver order for the advice; both sides are checked dotted numbers here, so never unreadable. */
const byDriver = (a: string, b: string): number => compareDriverVersions(a, b) ?? 0;

/**
 * The driver floor of a variant in the given numbering: through driverFloorsFrom, so a table can
 * never lower a built-in floor here either (the schema requires a floor for every variant's major).
 */
function driverFloorOf(table: TorchWheelTable, v: TorchWheelVariant, numbering: DriverNumbering): string {
  return driverFloorsFrom(table)[Number(v.cuda.split('.')[0])]?.[numbering] ?? '0';
}

const smOf = (capability: string): string => `sm_${capability.replace('.', '')}`;

/** The architectures the table's variants cover, as a range: `sm_50–sm_120`. */
function supportedRange(table: TorchWheelTable): string {
  const all = table.variants.flatMap((v) => v.archs).map((a) => Number(a.slice(3)));
  return `sm_${Math.min(...all)}–sm_${Math.max(...all)}`;
}

/** The recommended variant, or why none fits. */
export function recommendTorchWheel(query: WheelQuery, table: TorchWheelTable | null = TORCH_WHEELS): WheelAdvice {
  if (table === null) return { ok: false, reason: 'no-table', release: null };
  const release = table.release.pytorch;
  const capability = query.arch === null ? null : capabilityOf(query.arch);
  if (capability === null) return { ok: false, reason: 'arch-unknown', release };
  const arch = smOf(capability);
  const covering = table.variants.filter((v) => archListCovers(v.archs, capability) === true);
  if (covering.length === 0) return { ok: false, reason: 'arch-unsupported', arch, release, supported: supportedRange(table) };
  const driver = query.driver?.trim() ?? '';
  const valid = /^\d{2,4}(\.\d{1,3}){0,2}$/u.test(driver);
  const fitting = valid ? covering.filter((v) => byDriver(driver, driverFloorOf(table, v, query.numbering)) >= 0) : covering;
  const best = fitting[0];
  if (best === undefined) {
    // The fitting variant that asks the least of the driver.
    const nearest = covering.reduce((a, v) => (byDriver(driverFloorOf(table, v, query.numbering), driverFloorOf(table, a, query.numbering)) < 0 ? v : a));
    return { ok: false, reason: 'driver-too-old', arch, release, driver, minDriver: driverFloorOf(table, nearest, query.numbering), variant: nearest.id, indexUrl: nearest.indexUrl };
  }
  return { ok: true, arch, variant: best.id, cuda: best.cuda, indexUrl: best.indexUrl, release, minDriver: driverFloorOf(table, best, query.numbering), alsoFits: fitting.slice(1).map((v) => v.id) };
}
