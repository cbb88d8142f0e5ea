import type { CheckReference } from '../electron/engine/checks/reference.js';
import { loadExpectedGpus } from '../electron/engine/perf/load-expected-gpus.js';

/**
 * The reference data the shipped app judges against, read the way the edge reads it
 * (createEngine, the CLI), for tests that build plans or check lists themselves.
 */
const loaded = loadExpectedGpus();

/** Why the shipped expected-GPU table did not load, or null. */
export const EXPECTED_GPUS_ERROR: string | null = loaded.error;

/** The shipped expected-GPU rows. */
export const EXPECTED_GPUS = loaded.gpus;

export const CHECK_REFERENCE: CheckReference = { expectedGpus: EXPECTED_GPUS };
