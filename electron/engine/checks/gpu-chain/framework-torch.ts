import type { Check } from '../../model.js';
import { frameworkCheck } from './framework-check.js';

/** PyTorch sees the GPU, has kernels for it and runs a tensor op on it. */
export const frameworkTorchCheck: Check = frameworkCheck('torch');
