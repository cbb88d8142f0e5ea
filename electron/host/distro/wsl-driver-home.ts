/**
 * Where the Windows driver's files live inside WSL: everything under `/usr/lib/wsl/`, both the
 * `lib/` shims (`libcuda.so.1`, `nvidia-smi`) and the DriverStore copies they load
 * (`drivers/nv….inf_amd64_…/libcuda.so.1.1`). A libcuda or nvidia-smi anywhere else came from a
 * Linux driver package or installer.
 */
const WSL_DRIVER_HOME = '/usr/lib/wsl/';

/** True for an absolute path inside {@link WSL_DRIVER_HOME} (no `..` segment that could climb out). */
export function isWindowsDriverPath(path: string): boolean {
  return path.startsWith(WSL_DRIVER_HOME) && !path.split('/').includes('..');
}

/** The shim the loader should resolve `libcuda.so.1` to inside WSL. */
export const WSL_LIBCUDA_SO1 = `${WSL_DRIVER_HOME}lib/libcuda.so.1`;
