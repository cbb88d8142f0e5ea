import { nextActionFor, refineFor } from './output-cause.js';

/**
 * apt-get's outcome from its output tail: the outcome classifier's apt table
 * (electron/host/outcome/tables/apt.ts). apt-get update exits 0 when an index failed to
 * download, so the text decides even after exit 0.
 */
export const refineApt = refineFor('apt');

/** The next action an apt-get failure points to. */
export const aptNextAction = nextActionFor('apt');
