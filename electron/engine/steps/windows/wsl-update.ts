import { msg } from '../../../contract/messages.js';
import type { SetupStep } from '../model.js';
import { normalizeExitCode } from '../exit-table.js';
import { WINDOWS_EXIT_CODES, windowsExitTable } from '../windows-exit-codes.js';
import { link, nextActionAfter, retry, WSL_RELEASES_URL } from './next-actions.js';
import { noParams, type NoParams } from './vmp.js';
import { refineInstallOutcome } from './wsl-output.js';
import { wslSetupSpec } from './wsl-spec.js';

/** The installer table (reliability.md §2.1): the MSI's codes, passed through by wsl.exe, and its own -1. */
export const WSL_UPDATE_EXIT = windowsExitTable(['success', 'rebootRequired', 'rebootInitiated', 'installAlreadyRunning', 'userCancelled', 'installFailure', 'wslFailure']);

/** 1618 (another install running) clears when that install ends: three tries, a minute apart. */
const INSTALLER_BUSY_RETRY = { attempts: 3, backoffMs: [60_000] } as const;

/**
 * `wsl --update`: the current WSL package (also replaces the old inbox WSL). It prints the
 * MSI's 3010 text and exits 0 when files were in use (domain.md §2.2): `refine` reads that
 * message by id, in any language.
 */
export const wslUpdateStep: SetupStep<NoParams> = {
  id: 'wsl.update',
  stageId: 'windows',
  title: msg('setup.step.wsl.update.title'),
  description: msg('setup.step.wsl.update.description'),
  platforms: ['windows'],
  profiles: ['beginner', 'cuda-pro', 'repair'],
  params: noParams,
  defaultParams: () => ({}),
  preconditions: ['wsl.installed'],
  verify: ['wsl.version'],
  fixes: ['wsl.version'],
  commands: [
    { id: 'wsl-update', build: (ctx) => wslSetupSpec(ctx, 'wsl.update', ['--update'], 'long'), exitCodes: WSL_UPDATE_EXIT, refine: refineInstallOutcome, retry: INSTALLER_BUSY_RETRY },
  ],
  elevation: 'admin',
  reboot: 'may',
  // The same MSI as wsl.install [est].
  estimate: { downloadBytes: 250 * 1024 * 1024, seconds: 240 },
  // 1602: the person declined the MSI's UAC prompt; anything else: install the package by hand.
  nextAction: (outcome, tail, _command, exitCode) =>
    nextActionAfter(outcome, tail, () =>
      exitCode !== null && normalizeExitCode(exitCode) === WINDOWS_EXIT_CODES.userCancelled.code ? retry('setup.next.retryApprove') : link(WSL_RELEASES_URL, 'setup.next.installWslManually'),
    ),
};
