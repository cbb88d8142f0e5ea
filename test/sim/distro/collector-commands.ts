import { healthyBase, notFound, ran, record, wsl1Base, type Json } from './collector-base.js';
import type { InsideGpu } from './gpu.js';
import type { DistroState } from './state.js';

/** The collector's raw command records, rebuilt from the state (assets/probe/README.md, `commands`). */

const SMI = '/usr/lib/wsl/lib/nvidia-smi';
const QUERY = ['--query-gpu=index,name,memory.total,driver_version,pci.bus_id,compute_cap', '--format=csv'];

/** `text` cut or padded to `width`, the way nvidia-smi fits a name into its column. */
function fit(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 3)}...` : text.padEnd(width);
}

/** The reconstructed RTX 4070 table of the healthy fixture with this GPU's name, driver, CUDA and memory put in, widths kept. */
function smiTable(template: string, gpu: InsideGpu): string {
  const memory = gpu.memoryMiB === null ? '     N/A' : `${gpu.memoryMiB}MiB`;
  return template
    .replace('NVIDIA-SMI 580.97       ', `NVIDIA-SMI ${fit(gpu.smiVersion, 13)}`)
    .replace('Driver Version: 581.80      ', `Driver Version: ${fit(gpu.driverVersion, 12)}`)
    .replace('CUDA Version: 13.0    ', `CUDA Version: ${fit(gpu.cudaText ?? 'N/A', 8)}`)
    .replace('NVIDIA GeForce RTX 4070        ', fit(gpu.name, 31))
    .replace('1029MiB / 12282MiB', `1029MiB / ${memory}`.padStart(18));
}

function nvidiaRecords(gpu: InsideGpu | null): Record<string, Json> {
  if (gpu === null) {
    const missing = notFound(['nvidia-smi'], `PATH, ${SMI}, /usr/bin/nvidia-smi`);
    return { 'nvidia-smi': missing, 'nvidia-smi-query': notFound(['nvidia-smi', ...QUERY], `PATH, ${SMI}, /usr/bin/nvidia-smi`) };
  }
  const base = healthyBase();
  const table = record(base, 'nvidia-smi');
  table.stdout = smiTable(String(table.stdout), gpu);
  const memory = gpu.memoryMiB === null ? '[N/A]' : `${gpu.memoryMiB} MiB`;
  const query = record(base, 'nvidia-smi-query');
  query.stdout = `index, name, memory.total [MiB], driver_version, pci.bus_id, compute_cap\n0, ${gpu.name}, ${memory}, ${gpu.driverVersion}, 00000000:2B:00.0, ${gpu.computeCap ?? '[N/A]'}\n`;
  return { 'nvidia-smi': table, 'nvidia-smi-query': query };
}

/** `ls -la /usr/lib/wsl/lib`: WSL's own libraries always, the NVIDIA ones only with an NVIDIA driver. */
function wslLibListing(gpu: InsideGpu | null): Json {
  const rec = record(healthyBase(), 'ls-wsl-lib');
  if (gpu === null) rec.stdout = String(rec.stdout).split('\n').filter((l) => !/libcuda|libnvidia|nvidia-smi/u.test(l)).join('\n');
  return rec;
}

function dpkgRecord(distro: DistroState): Json {
  const rec = record(healthyBase(), 'dpkg-nvidia');
  rec.stdout = Object.entries(distro.apt.installed)
    .filter(([p]) => /^(nvidia|cuda|libnvidia|libcuda)/u.test(p))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([p, v]) => `${p}\t${v}\tinstall ok installed\n`)
    .join('');
  return rec;
}

function nvccRecord(distro: DistroState): Json {
  const pkg = distro.files['/usr/local/cuda/bin/nvcc'];
  if (pkg === undefined) return notFound(['nvcc', '--version'], 'PATH, /usr/local/cuda/bin/nvcc');
  const rec = record(healthyBase(), 'nvcc-version');
  const m = /^cuda-toolkit-(\d+)-(\d+)$/u.exec(pkg);
  const release = m ? `${m[1]}.${m[2]}` : '13.0';
  // The 13.0 text is the healthy fixture's; another release keeps its shape with the release put in.
  if (release !== '13.0') rec.stdout = String(rec.stdout).replace(/release 13\.0, V13\.0\.88/u, `release ${release}, V${distro.apt.installed[pkg]?.replace(/-.*$/u, '') ?? release}`).replace(/cuda_13\.0\.r13\.0/u, `cuda_${release}.r${release}`);
  return rec;
}

function systemdRecord(distro: DistroState): Json {
  const rec = record(healthyBase(), 'systemd');
  if (!distro.systemdRunning) {
    rec.stdout = 'init\n';
    rec.initExe = '/init';
  }
  return rec;
}

function dockerInfoRecord(distro: DistroState): Json {
  if (!distro.docker.installed) return notFound(['docker', 'info', '--format', '{{json .}}'], 'PATH');
  const argv = ['/usr/bin/docker', 'info', '--format', '{{json .}}'];
  if (!distro.docker.daemonRunning) {
    const json = { ClientInfo: { Version: '28.5.1' }, ServerErrors: ['Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?'] };
    return ran(argv, 1, `${JSON.stringify(json)}\n`, '', 5.0);
  }
  const runtimes = Object.fromEntries(distro.docker.daemonRuntimes.map((r) => [r, { path: r === 'nvidia' ? 'nvidia-container-runtime' : 'runc' }]));
  const json = { ID: 'x', ServerVersion: '28.5.1', Runtimes: runtimes, DefaultRuntime: 'runc', CDISpecDirs: ['/etc/cdi', '/var/run/cdi'], ClientInfo: { Version: '28.5.1' } };
  return ran(argv, 0, `${JSON.stringify(json)}\n`, '', 5.0);
}

/**
 * `ls -la /etc/cdi /var/run/cdi`. The healthy fixture's spec is dated after its driver files;
 * a spec generated against another driver than today's is dated before them, as after a
 * Windows driver update (the check compares the two times).
 */
function cdiRecord(distro: DistroState, gpu: InsideGpu | null): Json {
  if (distro.files['/etc/cdi/nvidia.yaml'] === undefined) return record(wsl1Base(), 'cdi-specs');
  const rec = record(healthyBase(), 'cdi-specs');
  if (gpu !== null && distro.docker.cdiSpecDriver !== gpu.driverVersion) rec.stdout = String(rec.stdout).replace(/Nov 20 10:00 nvidia\.yaml/u, 'Nov 10 10:00 nvidia.yaml');
  return rec;
}

function containerRecords(distro: DistroState, gpu: InsideGpu | null): Record<string, Json> {
  const healthy = healthyBase();
  const without = wsl1Base();
  return {
    'docker-info': dockerInfoRecord(distro),
    'nvidia-ctk-version': distro.files['/usr/bin/nvidia-ctk'] !== undefined ? record(healthy, 'nvidia-ctk-version') : notFound(['nvidia-ctk', '--version'], 'PATH'),
    'cdi-specs': cdiRecord(distro, gpu),
    'nvidia-hook': distro.files['/usr/bin/nvidia-container-runtime-hook'] !== undefined ? record(healthy, 'nvidia-hook') : record(without, 'nvidia-hook'),
  };
}

export function commandRecords(distro: DistroState, gpu: InsideGpu | null): Record<string, Json> {
  const wsl2 = distro.version === 2;
  const healthy = healthyBase();
  const wsl1 = wsl1Base();
  // Without an NVIDIA driver the WSL 1 records say the same thing: no libcuda, nothing in the ld cache.
  const driverSide = gpu !== null ? healthy : wsl1;
  const uname = record(wsl2 ? healthy : wsl1, 'uname-r');
  uname.stdout = `${distro.kernelRelease}\n`;
  return {
    'uname-r': uname,
    'proc-version': record(wsl2 ? healthy : wsl1, 'proc-version'),
    'os-release': record(healthy, 'os-release'),
    ...nvidiaRecords(gpu),
    'ldconfig-p': record(driverSide, 'ldconfig-p'),
    'wsl-libcuda-lstat': record(driverSide, 'wsl-libcuda-lstat'),
    'ls-wsl-lib': wsl2 ? wslLibListing(gpu) : record(wsl1, 'ls-wsl-lib'),
    'dev-dxg': record(wsl2 ? healthy : wsl1, 'dev-dxg'),
    'dev-nvidia': record(healthy, 'dev-nvidia'),
    'proc-driver-nvidia': record(healthy, 'proc-driver-nvidia'),
    'dpkg-nvidia': dpkgRecord(distro),
    'nvcc-version': nvccRecord(distro),
    systemd: systemdRecord(distro),
    ...containerRecords(distro, gpu),
    'power-source': record(healthy, 'power-source'),
  };
}
