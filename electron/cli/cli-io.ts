import type { SetupOptions } from '../app/create-setup.js';

/** What the installer commands read from the terminal. */
export interface CliStdin {
  isTTY: boolean;
  /** One line typed by the person (the consent answer). */
  readLine(): Promise<string>;
  /** Everything piped in (a password with --password-stdin). */
  readAll(): Promise<string>;
  /** What is piped in as bytes (explain reads UTF-16 too): the head and the tail of at most `limit` bytes. */
  readBytes?(limit: number): Promise<Uint8Array>;
}

/** The CLI's outside world, injected so tests run it in-process. */
export interface CliIo {
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Folder relative `--out` paths resolve against (default: the process's cwd). */
  cwd?: string;
  now?: () => Date;
  /** The terminal's input (apply's consent, --password-stdin); absent: not a terminal, nothing piped. */
  stdin?: CliStdin;
  /** Installer wiring for tests (steps, ports, run ids); default: this build's. */
  setup?: SetupOptions;
}
