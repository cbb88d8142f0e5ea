import type { Check } from '../../model.js';
import { frameworkCheck } from './framework-check.js';

/** torch-directml (D3D12 on /dev/dxg, any vendor) sees an adapter and runs a tensor op on it. */
export const frameworkTorchDirectmlCheck: Check = frameworkCheck('torch_directml');
