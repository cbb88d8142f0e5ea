import { createInterface } from 'node:readline';
import { runCli } from './main.js';

// Process wrapper: real argv, env and streams; the exit code is set, not forced, so output flushes.
process.exitCode = await runCli(process.argv.slice(2), {
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: {
    isTTY: process.stdin.isTTY === true,
    readLine: () =>
      new Promise((resolve) => {
        const rl = createInterface({ input: process.stdin });
        rl.once('line', (line) => (rl.close(), resolve(line)));
        rl.once('close', () => resolve(''));
      }),
    readAll: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    readBytes: async (limit) => {
      // Keeps the first chunks and a tail window: memory stays bounded whatever is piped in.
      const head: Buffer[] = [];
      let headBytes = 0;
      const tail: Buffer[] = [];
      let tailBytes = 0;
      for await (const chunk of process.stdin) {
        const b = chunk as Buffer;
        if (headBytes < 64 * 1024) {
          head.push(b);
          headBytes += b.length;
          continue;
        }
        tail.push(b);
        tailBytes += b.length;
        while (tail.length > 1 && tailBytes - (tail[0] as Buffer).length >= limit - headBytes) tailBytes -= (tail.shift() as Buffer).length;
      }
      return new Uint8Array(Buffer.concat([...head, ...tail]));
    },
  },
});
