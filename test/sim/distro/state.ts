/**
 * The simulated distro's state: plain JSON (it is stored inside the simulated machine's
 * state.json), changed only by runInDistro and terminateDistro. Every field is what a later
 * command or the collector reads back, so an install shows up in the next collector document.
 */

/** A Linux account. The password itself is never kept: only whether one was set. */
export interface DistroUser {
  name: string;
  uid: number;
  home: string;
  groups: string[];
  passwordSet: boolean;
}

/** One pip-installed distribution in a venv. */
export interface PipPackage {
  version: string;
  /** The wheel variant it came from (`cu130`, `cu126`, `cu132`, `xpu`, `rocm7.0`, `cpu`), or null for non-torch packages. */
  variant: string | null;
}

/** A venv made by `python3 -m venv`. */
export interface Venv {
  owner: string;
  packages: Record<string, PipPackage>;
}

/** apt repositories the simulator knows (`ubuntu` is always there). */
export type AptSource = 'ubuntu' | 'docker' | 'nvidia-container' | 'cuda-wsl-ubuntu' | 'intel-graphics' | 'rocm';

/** Faults a test switches on; each counter is used up one call at a time. */
export interface DistroFaults {
  /** apt-get fails with the dpkg lock error for this many calls (with DPkg::Lock::Timeout too, after waiting). */
  aptLockHeldFor: number;
  /** This many network-using calls (apt-get, pip, curl, repo scripts, image pull) fail to resolve their host. */
  transientNetworkFailures: number;
  /** Installs (apt-get install, pip install) fail with "No space left on device". */
  diskFull: boolean;
  /** apt-get update fails on a source without a Release file (404) while true. */
  aptUpdate404: boolean;
  /** This many downloads (apt-get update, pip install) fail with a hash mismatch. */
  hashMismatch: number;
  /** The next matching call(s) never exit: argv (after `env` assignments) starts with argvPrefix; element 0 also matches by basename. */
  hang: { argvPrefix: string[]; times: number } | null;
}

export interface DistroState {
  schema: 'sim-distro@1';
  name: string;
  version: 1 | 2;
  os: { id: string; versionId: string; prettyName: string; python: string };
  /** `uname -r`. */
  kernelRelease: string;
  users: DistroUser[];
  /** Groups beyond each user's own (name → members). */
  groups: Record<string, string[]>;
  /** Content of /etc/wsl.conf ('' when the file does not exist). */
  wslConf: string;
  /** True once the distro was terminated (restarted) after /etc/wsl.conf last changed. */
  restarted: boolean;
  /** PID 1 is systemd: wsl.conf said so when the distro last started. */
  systemdRunning: boolean;
  apt: {
    /** package → version */
    installed: Record<string, string>;
    sources: AptSource[];
    keyrings: string[];
    /** Sources whose index the last successful `apt-get update` fetched. */
    indexed: AptSource[];
    /** Seconds each lock wait lasted (DPkg::Lock::Timeout), one entry per call that waited. */
    lockWaitsS: number[];
  };
  /** venv path → venv */
  venvs: Record<string, Venv>;
  docker: {
    installed: boolean;
    daemonRunning: boolean;
    /** /etc/docker/daemon.json names the nvidia runtime. */
    nvidiaRuntimeConfigured: boolean;
    /** Runtimes the running daemon loaded (a configure without a restart is not seen). */
    daemonRuntimes: string[];
    /** The Windows driver version /etc/cdi/nvidia.yaml was generated against, or null when none. */
    cdiSpecDriver: string | null;
  };
  /** Files written by commands: path → what it holds (a short description, never a secret). */
  files: Record<string, string>;
  faults: DistroFaults;
}

export interface NewDistroOptions {
  /** Initial /etc/wsl.conf (default none; Ubuntu's Store image may ship `[boot] systemd=true`). */
  wslConf?: string;
  /** Users that already exist (an existing distro the user picked). */
  users?: { name: string; password?: boolean; groups?: string[] }[];
  faults?: Partial<DistroFaults>;
}

/** `uname -r` of WSL 2 as recorded in proc-version/05.txt (https://github.com/leoheck/kiri/pull/28). */
const WSL2_KERNEL = '5.4.72-microsoft-standard-WSL2';
/** `uname -r` of WSL 1 as recorded in uname-r/02.txt (https://github.com/4U6U57/wsl-open/pull/4). */
const WSL1_KERNEL = '4.4.0-18985-Microsoft';

/** What a fresh Ubuntu 24.04 image holds of the packages the setup touches (python3-venv and pip are not there). */
const BASE_PACKAGES: Record<string, string> = {
  python3: '3.12.3-0ubuntu2',
  'python3.12': '3.12.3-1ubuntu0.8',
  'ca-certificates': '20240203',
  curl: '8.5.0-2ubuntu10.6',
  gnupg: '2.4.4-2ubuntu17.3',
};

export const NO_FAULTS: DistroFaults = { aptLockHeldFor: 0, transientNetworkFailures: 0, diskFull: false, aptUpdate404: false, hashMismatch: 0, hang: null };

/** First uid Ubuntu's useradd gives a normal user. */
export const FIRST_UID = 1000;

export function newDistroState(name: string, version: 1 | 2, options: NewDistroOptions = {}): DistroState {
  const users: DistroUser[] = [{ name: 'root', uid: 0, home: '/root', groups: ['root'], passwordSet: false }];
  const groups: Record<string, string[]> = { sudo: [] };
  for (const [i, u] of (options.users ?? []).entries()) {
    users.push({ name: u.name, uid: FIRST_UID + i, home: `/home/${u.name}`, groups: [u.name, ...(u.groups ?? ['sudo'])], passwordSet: u.password ?? true });
    for (const g of u.groups ?? ['sudo']) (groups[g] ??= []).push(u.name);
  }
  const wslConf = options.wslConf ?? '';
  return {
    schema: 'sim-distro@1',
    name,
    version,
    os: { id: 'ubuntu', versionId: '24.04', prettyName: 'Ubuntu 24.04.3 LTS', python: '3.12.3' },
    kernelRelease: version === 2 ? WSL2_KERNEL : WSL1_KERNEL,
    users,
    groups,
    wslConf,
    restarted: true,
    systemdRunning: version === 2 && wslConfSays(wslConf, 'boot', 'systemd') === 'true',
    apt: { installed: { ...BASE_PACKAGES }, sources: ['ubuntu'], keyrings: [], indexed: [], lockWaitsS: [] },
    venvs: {},
    docker: { installed: false, daemonRunning: false, nvidiaRuntimeConfigured: false, daemonRuntimes: [], cdiSpecDriver: null },
    files: {},
    faults: { ...NO_FAULTS, ...options.faults },
  };
}

/** A value of an INI-style section in wsl.conf (last one wins, as WSL reads it), or null. */
export function wslConfSays(conf: string, section: string, key: string): string | null {
  let current = '';
  let value: string | null = null;
  for (const raw of conf.split(/\r?\n/u)) {
    const line = raw.replace(/[#;].*$/u, '').trim();
    const head = /^\[(.+)\]$/u.exec(line);
    if (head) current = (head[1] ?? '').trim().toLowerCase();
    else if (current === section) {
      const kv = /^([^=]+)=(.*)$/u.exec(line);
      if (kv && (kv[1] ?? '').trim().toLowerCase() === key) value = (kv[2] ?? '').trim();
    }
  }
  return value;
}

/**
 * `wsl --terminate D` (or `--shutdown`): the next start reads /etc/wsl.conf again, so systemd
 * runs when it says so (WSL 2 only), and the docker daemon runs again only where systemd starts
 * its enabled unit; anything started by hand is gone.
 */
export function terminateDistro(distro: DistroState): DistroState {
  const systemd = distro.version === 2 && wslConfSays(distro.wslConf, 'boot', 'systemd') === 'true';
  const daemon = systemd && distro.docker.installed;
  return {
    ...distro,
    restarted: true,
    systemdRunning: systemd,
    docker: { ...distro.docker, daemonRunning: daemon, daemonRuntimes: daemon ? runtimesOf(distro) : [] },
  };
}

/** What a freshly started docker daemon loads from /etc/docker/daemon.json. */
export function runtimesOf(distro: DistroState): string[] {
  return distro.docker.nvidiaRuntimeConfigured ? ['io.containerd.runc.v2', 'nvidia', 'runc'] : ['io.containerd.runc.v2', 'runc'];
}

export function userOf(distro: DistroState, name: string): DistroUser | undefined {
  return distro.users.find((u) => u.name === name);
}

/** The distro's default user as the collector finds it: wsl.conf `[user] default=`, else the first uid 1000–59999. */
export function defaultUserOf(distro: DistroState): { user: DistroUser; how: 'wsl.conf' | 'passwd' } | null {
  const named = wslConfSays(distro.wslConf, 'user', 'default');
  const fromConf = named === null ? undefined : userOf(distro, named);
  if (fromConf) return { user: fromConf, how: 'wsl.conf' };
  const first = distro.users.find((u) => u.uid >= FIRST_UID && u.uid < 60000);
  return first ? { user: first, how: 'passwd' } : null;
}
