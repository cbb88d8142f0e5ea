import { z } from 'zod';

/**
 * The shape of the collector's JSON document (assets/probe/README.md describes each field).
 * The envelope and the fields the app reads are typed; every object is loose so that extra
 * fields (a newer collector, a framework-specific detail) pass through untouched.
 */

/** Longest stream text accepted: the collector keeps 64 KiB per stream, decoding may expand it a little. */
const MAX_STREAM_CHARS = 256 * 1024;

const text = z.string().max(MAX_STREAM_CHARS);
const int = z.number().int();

/** One raw command run inside the distro. */
export const commandRecordSchema = z.looseObject({
  /** What actually ran (absolute tool path first), without the `timeout` wrapper. */
  argv: z.array(z.string().max(8192)).max(256),
  exitCode: int.nullable(),
  /** The signal number that ended it (a crash), else null. */
  signal: int.nullable(),
  stdout: text,
  stderr: text,
  durationMs: z.number().nonnegative(),
  timedOut: z.boolean(),
  /** Output beyond 64 KiB per stream was dropped. */
  truncated: z.boolean(),
  /** Set when it could not start at all, e.g. `not found: nvidia-smi (searched PATH, …)`. */
  error: z.string().max(8192).nullable(),
});

/** How a child probe process (python -c …) ended. */
export const childRunSchema = z.looseObject({
  argv: z.array(z.string().max(8192)).max(64),
  exitCode: int.nullable(),
  signal: int.nullable(),
  durationMs: z.number().nonnegative(),
  timedOut: z.boolean(),
  stderr: text,
  error: z.string().max(8192).nullable(),
  /** The deadline it ran under, in seconds (probeVersion 2). */
  deadlineS: z.number().nonnegative().optional(),
  /** The user it ran as, when not the collector's own (probeVersion 2). */
  user: z.string().max(256).optional(),
  /** Variables the collector added to its environment (HSA_ENABLE_DXG_DETECTION for ROCm on WSL). */
  env: z.record(z.string().max(64), z.string().max(256)).optional(),
});

/** A CUDA driver API error: the call, the CUresult and its name (`CUDA_ERROR_NO_DEVICE`). */
export const cudaErrorSchema = z.looseObject({
  call: z.string(),
  code: int.nullable(),
  name: z.string().nullable(),
  message: z.string().nullable().optional(),
});

/** One device as the CUDA driver API sees it. */
export const cudaDeviceSchema = z.looseObject({
  index: int,
  name: z.string().optional(),
  computeCapability: z.string().optional(),
  smArch: z.string().optional(),
  ccMajor: int.nullable().optional(),
  ccMinor: int.nullable().optional(),
  smCount: int.nullable().optional(),
  concurrentManagedAccess: int.nullable().optional(),
  totalMemoryBytes: z.number().nonnegative().nullable().optional(),
  pciBusId: z.string().nullable().optional(),
  error: cudaErrorSchema.optional(),
});

/** Status of the ctypes driver query. */
export const CUDA_STATUSES = ['ok', 'no-device', 'no-library', 'init-failed', 'failed', 'timeout', 'crashed', 'not-run'] as const;

/** The `cuda` section: libcuda through ctypes, no toolkit. */
export const cudaSectionSchema = z.looseObject({
  status: z.enum(CUDA_STATUSES),
  /** The libcuda file the loader mapped, e.g. `/usr/lib/wsl/lib/libcuda.so.1`. */
  library: z.string().nullable().optional(),
  attempts: z.array(z.looseObject({ name: z.string(), error: z.string().nullable() })).max(32).optional(),
  /** Raw `cuDriverGetVersion` value, e.g. 13000. */
  driverVersion: int.nullable().optional(),
  driverVersionText: z.string().nullable().optional(),
  deviceCount: int.nullable().optional(),
  devices: z.array(cudaDeviceSchema).max(64).optional(),
  error: cudaErrorSchema.nullable().optional(),
  run: childRunSchema.optional(),
});

/** One framework's view (torch, tensorflow, jax, torch_directml). */
export const frameworkSectionSchema = z.looseObject({
  installed: z.boolean(),
  /** `not-installed`, `ok`, `no-gpu`, `op-failed`, `failed`, `timeout` or `crashed`. */
  status: z.string().max(64),
  version: z.string().nullable().optional(),
  distVersion: z.string().nullable().optional(),
  error: z.string().nullable().optional(),
  op: z.looseObject({ ok: z.boolean() }).nullable().optional(),
  run: childRunSchema.optional(),
  /** Index into `interpreters` of the interpreter this section was read in (probeVersion 2). */
  interpreter: int.nonnegative().nullable().optional(),
});

/** Where an interpreter was found; also the order in which one is judged. */
export const INTERPRETER_SOURCES = ['configured', 'venv', 'conda', 'user-site', 'system'] as const;

/** One python interpreter the collector looked in (probeVersion 2). */
export const interpreterSchema = z.looseObject({
  path: z.string().max(4096),
  source: z.enum(INTERPRETER_SOURCES),
  /** The user it ran as (the distro's default user, or the collector's own). */
  user: z.string().max(256).nullable(),
  version: z.string().max(64).nullable(),
  /** Per framework: found without importing it, with the package's version. */
  frameworks: z.record(
    z.string().max(64),
    z.looseObject({ installed: z.boolean(), distVersion: z.string().max(200).nullable().optional(), location: z.string().max(4096).nullable().optional() }),
  ),
  error: z.string().max(8192).nullable(),
  run: childRunSchema.optional(),
});

/** The user whose interpreters were looked in (probeVersion 2). */
export const probeUserSchema = z.looseObject({
  name: z.string().max(256),
  uid: int,
  home: z.string().max(4096).nullable(),
  /** `wsl.conf` (`[user] default=`), `passwd` (first uid 1000–59999 with a home), `current`. */
  how: z.string().max(32),
});

/** One benchmark figure. */
export const benchResultSchema = z.looseObject({
  kind: z.enum(['matmul', 'copy-d2d']),
  dtype: z.string().optional(),
  n: int.optional(),
  bytes: z.number().optional(),
  iterations: int.optional(),
  ms: z.number().optional(),
  tflops: z.number().optional(),
  gbps: z.number().optional(),
  error: z.string().optional(),
});

/** The `bench` section (null unless `--bench`). */
export const benchSectionSchema = z.looseObject({
  /** `ok`, `partial`, `no-gpu`, `skipped`, `failed`, `timeout` or `crashed`. */
  status: z.string().max(64),
  results: z.array(benchResultSchema).max(32).optional(),
  run: childRunSchema.optional(),
});

/** A problem of the probe itself (python3 missing, a bad argument, the budget exceeded). */
export const probeErrorSchema = z.looseObject({ where: z.string(), code: z.string(), message: z.string() });

/**
 * /etc/wsl.conf as the collector read it with configparser (probeVersion 3): values as written
 * (quotes and inline comments removed), null when absent; `error` when the file could not be read or parsed.
 */
export const wslConfSectionSchema = z.looseObject({
  present: z.boolean(),
  /** `[boot] systemd`. */
  systemd: z.string().max(256).nullable(),
  /** `[user] default`. */
  defaultUser: z.string().max(256).nullable(),
  error: z.string().max(8192).nullable(),
});

/**
 * Document versions this app reads: 2 added `user`, `interpreters` and `frameworks.*.interpreter`;
 * 3 added `wslConf` and the records `pid1-comm`, `passwd-status` and `dpkg-base`.
 */
export const PROBE_VERSIONS = [1, 2, 3] as const;

/** The whole document. */
export const probeDocumentSchema = z.looseObject({
  probeVersion: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  target: z.enum(['wsl', 'linux']),
  startedAt: z.string().max(64),
  durationMs: z.number().nonnegative(),
  args: z.looseObject({ bench: z.boolean(), python: z.string().nullable().optional() }),
  /** Null when python3 was not found (then everything else is empty). */
  python: z.looseObject({ executable: z.string(), version: z.string() }).nullable(),
  timeoutTool: z.string().nullable(),
  commands: z.record(z.string().max(64), commandRecordSchema),
  cuda: cudaSectionSchema,
  frameworks: z.record(z.string().max(64), frameworkSectionSchema),
  bench: benchSectionSchema.nullable(),
  errors: z.array(probeErrorSchema).max(256),
  /** Absent in version 1 documents. */
  user: probeUserSchema.nullable().optional(),
  interpreters: z.array(interpreterSchema).max(16).optional(),
  /** Absent before version 3; null when the collector could not get to it. */
  wslConf: wslConfSectionSchema.nullable().optional(),
});

/** A parsed collector document. */
export type ProbeDocument = z.infer<typeof probeDocumentSchema>;
/** One raw command record. */
export type ProbeCommandRecord = z.infer<typeof commandRecordSchema>;
/** The `cuda` section. */
export type ProbeCudaSection = z.infer<typeof cudaSectionSchema>;
/** One framework section. */
export type ProbeFrameworkSection = z.infer<typeof frameworkSectionSchema>;
/** One entry of `interpreters`. */
export type ProbeInterpreter = z.infer<typeof interpreterSchema>;
/** The `bench` section. */
export type ProbeBenchSection = z.infer<typeof benchSectionSchema>;
