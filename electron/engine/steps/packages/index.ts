import type { AnySetupStep } from '../model.js';
import { packagesBaseStep } from './base.js';

export { proxyDecision, type ProxyDecision } from './proxy.js';
export { DEFAULT_DISTRO, linuxUserOf, venvPath } from './target.js';

/** The packages steps, in the order a fresh machine needs them. */
export const packagesSteps: readonly AnySetupStep[] = [packagesBaseStep];
