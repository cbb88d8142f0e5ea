import path from 'node:path';
import { simEnv, userFolders, writeMachine } from './machine.js';
import { START_STATES, startState, type StartStateName } from './start-states.js';

/**
 * `tsx test/sim/make-demo-machine.ts <start state> <folder>`: writes a simulated PC into the
 * folder and prints the environment that points the app at it (one `NAME=value` per line), so
 * the demo (and anyone walking the installer by hand) can reuse it.
 */
async function main(argv: string[]): Promise<number> {
  const [name, folder] = argv;
  if (!name || !folder || !(START_STATES as string[]).includes(name)) {
    process.stderr.write(`usage: make-demo-machine <start state> <folder>\nstart states: ${START_STATES.join(', ')}\n`);
    return 2;
  }
  const dir = path.resolve(folder);
  await writeMachine(dir, startState(name as StartStateName));
  // The user's folders too (distro exports, the journal), as the demo gives the app.
  for (const [k, v] of Object.entries({ ...simEnv(dir), ...userFolders(dir) })) process.stdout.write(`${k}=${v}\n`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
