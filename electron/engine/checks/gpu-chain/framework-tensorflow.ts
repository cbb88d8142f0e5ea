import type { Check } from '../../model.js';
import { frameworkCheck } from './framework-check.js';
import { forVendor } from './vendor-gate.js';

/** TensorFlow lists the GPU and runs a matmul on it. */
// The TensorFlow builds the app installs and judges are CUDA builds (tensorflow[and-cuda]): on a PC
// judged by another vendor's chain the link does not apply (said so), rather than waiting on gpu.cuda-driver.
export const frameworkTensorflowCheck: Check = forVendor('nvidia', frameworkCheck('tensorflow'));
