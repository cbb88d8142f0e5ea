import type { ExpectedGpu } from '../perf/expected-gpus.js';

/**
 * Reference data some checks judge the facts against. It is read from disk at the edge
 * (createEngine, the CLI) and passed into the plan, so importing a check never reads a file and
 * a test or a bundle replay can judge against any table it likes.
 */
export interface CheckReference {
  /** Rows of assets/perf/expected-gpus.json (see perf/load-expected-gpus.ts). */
  expectedGpus: readonly ExpectedGpu[];
}
