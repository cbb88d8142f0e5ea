import type { AnySetupStep } from '../model.js';
import { cudaToolkitStep } from './cuda-toolkit.js';
import { dockerCdiRefreshStep, dockerNvidiaStep } from './docker-nvidia.js';
import { directmlStep, jaxStep, pytorchRocmStep, pytorchStep, pytorchXpuStep, tensorflowStep } from './python-stacks.js';

export { defaultStacks, stackOptions, type StackOption } from './options.js';
export { undoCommands, type UndoTarget } from './undo.js';
export { venvPath } from '../packages/target.js';

/**
 * The stacks steps, in the order a fresh machine needs them: the toolkit and the container
 * runtime (cuda-pro) before the Python stacks, so a cuda-pro plan proves Docker first; the
 * repair step last (it runs only as the fix of docker.gpu).
 */
export const stacksSteps: readonly AnySetupStep[] = [
  cudaToolkitStep,
  dockerNvidiaStep,
  pytorchStep,
  tensorflowStep,
  jaxStep,
  pytorchRocmStep,
  pytorchXpuStep,
  directmlStep,
  dockerCdiRefreshStep,
];
