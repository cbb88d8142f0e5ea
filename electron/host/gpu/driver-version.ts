import type { GpuVendor } from '../../contract/facts.js';
import { nvidiaDriverFromWindows } from '../nvidia-smi/driver-version.js';

/**
 * A display driver's version in its vendor's own form, from the `A.B.C.D` version Windows
 * lists (domain.md §4):
 * - NVIDIA: `32.0.15.6094` → `560.94` (arithmetic in nvidia-smi/driver-version.ts);
 * - Intel: the Windows form is Intel's own (`32.0.101.6790`);
 * - AMD: the Adrenalin release (`24.8.1`) cannot be derived from the Windows form
 *   (`31.0.24019.1006`), so there is no vendor form here; it is read from the registry instead
 *   (RadeonSoftwareVersion, engine/facts/gpus-facts.ts);
 * - Microsoft and others: no vendor form.
 */

const WINDOWS_FORM = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})\.(\d{1,5})$/u;

/**
 * Vendor drivers keep the third group small (NVIDIA 15/16, Intel 100/101); Microsoft's inbox
 * Basic Display driver, which runs on an NVIDIA card before its driver is installed, is
 * `10.0.<OS build>.<rev>` and must not be read as an NVIDIA version (`10.0.22621.3672` is not 136.72).
 */
const MAX_VENDOR_THIRD_GROUP = 999;

/** The vendor form of `windowsVersion` for `vendor`, or null where none exists or it is malformed. */
export function vendorDriverVersion(vendor: GpuVendor | null, windowsVersion: string | null | undefined): string | null {
  if (typeof windowsVersion !== 'string') return null;
  const v = windowsVersion.trim();
  const m = WINDOWS_FORM.exec(v);
  if (m === null || Number(m[3]) > MAX_VENDOR_THIRD_GROUP) return null;
  if (vendor === 'nvidia') return nvidiaDriverFromWindows(v);
  if (vendor === 'intel') return v;
  return null;
}
