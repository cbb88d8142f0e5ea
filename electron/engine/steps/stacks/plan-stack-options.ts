import type { Facts } from '../../../contract/facts.js';
import type { Profile } from '../../../contract/setup.js';
import type { StackOption, StackOptionsFn } from '../../setup/plan-setup.js';
import { defaultStacks, stackOptions } from './options.js';

/**
 * The stacks this machine can take, as the planner reads them: what the card and driver
 * support (stackOptions) plus which ones a profile installs when the person names none.
 */
export const planStackOptions: StackOptionsFn = (facts: Facts, profile: Profile): StackOption[] => {
  const recommended = new Set(defaultStacks(facts, profile));
  return stackOptions(facts).map((o) => ({ ...o, recommended: o.supported && recommended.has(o.id) }));
};
