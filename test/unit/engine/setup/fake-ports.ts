import type { CommandSpec } from '../../../../electron/runner/command.js';
import type { ExecResult, ExecRunnerLike, OutputBatch, PtyRunnerLike, RunHandle, RunResult } from '../../../../electron/runner/runner.js';
import type { Clock, TimerHandle } from '../../../../electron/runner/timers.js';
import type { CommandResult, ElevatedSession, ElevationRefusal, Elevator, JournalLoad, JournalStore, ResumeRegistrar, RunJournal } from '../../../../electron/engine/setup/ports.js';

/** In-memory test doubles of the setup ports: each records what it was asked, in one shared log. */

export type LogEntry = { port: string; what: string; journal?: RunJournal };

export class MemoryJournal implements JournalStore {
  saved: RunJournal[] = [];
  /** Saves of journals this matches fail as a full disk would (the earlier ones went through). */
  failWhen: ((journal: RunJournal) => boolean) | null = null;
  location: string | undefined = undefined;
  constructor(private readonly log: LogEntry[], public current: JournalLoad = { kind: 'none' }, public failSaves = false) {}
  load(): Promise<JournalLoad> {
    return Promise.resolve(this.current);
  }
  save(journal: RunJournal): Promise<void> {
    if (this.failSaves || this.failWhen?.(journal)) return Promise.reject(new Error('ENOSPC: no space left on device'));
    const copy = structuredClone(journal);
    this.saved.push(copy);
    this.current = { kind: 'ok', journal: copy, recoveredFrom: 'current' };
    this.log.push({ port: 'journal', what: copy.steps.map((s) => `${s.stepId}=${s.state}`).join(','), journal: copy });
    return Promise.resolve();
  }
  clear(): Promise<void> {
    this.current = { kind: 'none' };
    return Promise.resolve();
  }
}

/** Exit codes the fake runners answer per command label, consumed in order (the last repeats). */
export type Script = Record<string, (Partial<RunResult> & { hang?: boolean; output?: string })[]>;

function answer(script: Script, label: string): Partial<RunResult> & { hang?: boolean; output?: string } {
  const list = script[label];
  if (!list?.length) return { exitCode: 0 };
  return list.length > 1 ? (list.shift() ?? {}) : (list[0] ?? {});
}

function result(r: Partial<RunResult>): RunResult {
  return { exitCode: 0, signal: null, stoppedBy: null, durationMs: 1, tail: '', outputChars: 0, batches: 0, launchError: null, ...r };
}

export class FakePty implements PtyRunnerLike {
  started: CommandSpec[] = [];
  constructor(private readonly log: LogEntry[], private readonly script: Script) {}
  start(spec: CommandSpec): RunHandle {
    this.started.push(spec);
    this.log.push({ port: 'pty', what: [spec.file, ...spec.args].join(' ') });
    const a = answer(this.script, spec.label);
    const listeners: ((b: OutputBatch) => void)[] = [];
    let finish: (r: RunResult) => void = () => {};
    const done = new Promise<RunResult>((resolve) => (finish = resolve));
    const handle: RunHandle = {
      pid: 1,
      onOutput: (l) => (listeners.push(l), () => {}),
      ack: () => {},
      input: () => {},
      resize: () => {},
      cancel: () => finish(result({ exitCode: null, stoppedBy: 'cancelled' })),
      setFlowControl: () => {},
      done,
    };
    if (!a.hang) {
      queueMicrotask(() => {
        if (a.output) listeners.forEach((l) => l({ seq: 0, data: a.output ?? '' }));
        finish(result(a));
      });
    }
    return handle;
  }
}

export class FakeExec implements ExecRunnerLike {
  calls: { spec: CommandSpec; stdin: string | undefined }[] = [];
  constructor(private readonly log: LogEntry[], private readonly script: Script) {}
  exec(spec: CommandSpec, options?: { signal?: AbortSignal; stdin?: string | Buffer }): Promise<ExecResult> {
    this.calls.push({ spec, stdin: options?.stdin?.toString() });
    this.log.push({ port: 'exec', what: [spec.file, ...spec.args].join(' ') });
    const a = answer(this.script, spec.label);
    return Promise.resolve({ exitCode: a.exitCode ?? 0, signal: null, stdout: Buffer.from(a.output ?? ''), stderr: Buffer.alloc(0), stoppedBy: null, durationMs: 1, launchError: null, truncated: false });
  }
}

export class FakeElevator implements Elevator {
  opened = 0;
  runs: { stepId: string; commandId: string; params: Record<string, unknown> }[] = [];
  closed = 0;
  cancelled = 0;
  private pending: ((r: CommandResult) => void) | null = null;
  constructor(private readonly log: LogEntry[], private readonly script: Script, private readonly refuse: ElevationRefusal | null = null) {}
  open(): ReturnType<Elevator['open']> {
    this.opened++;
    this.log.push({ port: 'elevator', what: 'open' });
    if (this.refuse) return Promise.resolve({ ok: false, refusal: this.refuse });
    const session: ElevatedSession = {
      run: (request) => {
        this.runs.push(request);
        this.log.push({ port: 'broker', what: `${request.stepId}/${request.commandId}` });
        const a = answer(this.script, request.commandId);
        if (a.hang) return new Promise((resolve) => (this.pending = resolve));
        return Promise.resolve({ exitCode: a.exitCode ?? 0, tail: a.tail ?? '', durationMs: 1, launchError: a.launchError ?? null, stoppedBy: a.stoppedBy ?? null });
      },
      cancel: () => {
        this.cancelled++;
        this.pending?.({ exitCode: null, tail: '', durationMs: 1, launchError: null, stoppedBy: 'cancelled' });
      },
      close: () => {
        this.closed++;
        return Promise.resolve();
      },
    };
    return Promise.resolve({ ok: true, session });
  }
}

export class FakeResume implements ResumeRegistrar {
  registered: string[] = [];
  unregistered = 0;
  constructor(private readonly log: LogEntry[]) {}
  register(runId: string): Promise<void> {
    this.registered.push(runId);
    this.log.push({ port: 'resume', what: `register ${runId}` });
    return Promise.resolve();
  }
  unregister(): Promise<void> {
    this.unregistered++;
    this.log.push({ port: 'resume', what: 'unregister' });
    return Promise.resolve();
  }
}

/** A clock whose timers fire only when the test advances it. */
export class ManualClock implements Clock {
  private t = 0;
  private timers: { at: number; fn: () => void; id: number }[] = [];
  private next = 1;
  requested: number[] = [];
  now(): number {
    return this.t;
  }
  setTimeout(fn: () => void, ms: number): TimerHandle {
    this.requested.push(ms);
    const id = this.next++;
    this.timers.push({ at: this.t + ms, fn, id });
    return id;
  }
  clearTimeout(handle: TimerHandle): void {
    this.timers = this.timers.filter((x) => x.id !== handle);
  }
  pending(): number {
    return this.timers.length;
  }
  advance(ms: number): void {
    this.t += ms;
    const due = this.timers.filter((x) => x.at <= this.t);
    this.timers = this.timers.filter((x) => x.at > this.t);
    due.forEach((x) => x.fn());
  }
}
