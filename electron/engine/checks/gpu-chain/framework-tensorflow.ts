import type { Check } from '../../model.js';
import { frameworkCheck } from './framework-check.js';

/** TensorFlow lists the GPU and runs a matmul on it. */
export const frameworkTensorflowCheck: Check = frameworkCheck('tensorflow');
