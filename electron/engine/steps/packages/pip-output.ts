import { nextActionFor, refineFor } from './output-cause.js';

/** pip's outcome from its output tail: the outcome classifier's pip table (electron/host/outcome/tables/pip.ts). */
export const refinePip = refineFor('pip');

/** The next action a pip failure points to. */
export const pipNextAction = nextActionFor('pip');
