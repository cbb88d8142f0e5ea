import type { StepCommand, UndoRecord } from '../model.js';
import type { StackTarget } from './target-params.js';

/**
 * A vendor's user-space GPU runtime that a stack installs inside the distro before its wheels
 * (Intel's Level Zero, AMD's ROCm with librocdxg): the root commands, in order, and the part of
 * the undo record that removes what they added (only the packages named, never their
 * dependencies' dependants; the vendor's apt files; the files the commands wrote).
 */
export interface VendorRuntime {
  commands: readonly StepCommand<StackTarget>[];
  undo: Pick<UndoRecord, 'aptPackages' | 'aptSources' | 'paths'>;
}
