import type { Check } from '../../model.js';
import { frameworkCheck } from './framework-check.js';

/** JAX has a GPU backend and runs a matmul on it. */
export const frameworkJaxCheck: Check = frameworkCheck('jax');
