import type { Result } from '../contract/errors.js';
import { fail, ok } from '../contract/errors.js';
import { msg } from '../contract/messages.js';
import type { InstalledStack } from '../contract/setup.js';
import type { UndoStackResult } from './undo-stack.js';

/**
 * An undo's outcome as the `setup:undo` channel answers it: the removed record, or an error whose
 * message says why nothing (or not everything) was removed and what to do next.
 */
export function undoResult(r: UndoStackResult): Result<{ removed: InstalledStack; commands: number }> {
  switch (r.kind) {
    case 'done':
      return ok({ removed: r.removed, commands: r.commands });
    case 'not-installed':
      return fail('not-found', `${r.stack}: ${r.reason}`, { msg: msg(r.reason === 'unreadable' ? 'cli.setup.undoUnreadable' : 'cli.setup.undoNotByApp', { stack: r.stack }) });
    case 'refused':
      return fail('invalid-argument', `${r.stack}: ${r.reason}`, { msg: msg('cli.setup.undoRefused', { stack: r.stack, reason: r.reason }) });
    case 'failed':
      // The record is kept: the same removal can be tried again.
      return fail('launch-failed', `${r.stack}: ${r.label} ended with ${r.exitCode ?? 'no exit code'}`, {
        msg: msg('setup.undo.failed', { stack: r.stack, command: r.label, exitCode: r.exitCode ?? '-' }),
        next: { kind: 'retry', label: msg('setup.undo.tryAgain') },
        detail: r.tail,
      });
  }
}
