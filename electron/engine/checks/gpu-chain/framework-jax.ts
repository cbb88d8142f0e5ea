import type { Check } from '../../model.js';
import { frameworkCheck } from './framework-check.js';
import { forVendor } from './vendor-gate.js';

/** JAX has a GPU backend and runs a matmul on it. */
// The JAX builds the app installs and judges are CUDA builds (jax[cuda13]/[cuda12]): on a PC
// judged by another vendor's chain the link does not apply (said so), rather than waiting on gpu.cuda-driver.
export const frameworkJaxCheck: Check = forVendor('nvidia', frameworkCheck('jax'));
