/**
 * `explain` on a 1 MB paste (issue #14: ≤ 100 ms of classification): a real apt-get lock failure
 * (test/fixtures/explain/apt-get/01.txt) at the end of 1 MB of download lines, pasted in a code
 * fence with a prompt line, as bytes; and 1 MB of text it does not recognise (every row of every
 * table tried). Only classifyOutput is timed (decoding included, file reading not). Also the
 * accuracy on the real outputs.
 */
import fs from 'node:fs';
import { classifyOutput } from '../../electron/host/outcome/classify.js';
import { accuracyText, ACCURACY_TARGET, scoreRealOutputs, type Score } from '../unit/host/outcome/real-outputs.js';

export interface ExplainTime {
  bytes: number;
  medianMs: number;
  maxMs: number;
  unknownMedianMs: number;
  runs: number;
  cause: string | null;
  accuracy: Score;
  accuracyText: string;
  target: number;
}

const MB = 1024 * 1024;

function paste(body: string): Uint8Array {
  const filler = 'Get:42 http://archive.ubuntu.com/ubuntu noble-updates/main amd64 Packages [1,234 kB]\n';
  const head = '```\ntaro@DESKTOP-1:~$ sudo apt-get install -y python3-venv\n';
  const tail = `${body}\n\`\`\`\n`;
  const fill = filler.repeat(Math.ceil((MB - head.length - tail.length) / filler.length));
  return new Uint8Array(Buffer.from(`${head}${fill}${tail}`.slice(0, MB - tail.length) + tail, 'utf8'));
}

function timeRuns(bytes: Uint8Array, runs: number): { times: number[]; cause: string | null } {
  const times: number[] = [];
  let cause: string | null = null;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    cause = classifyOutput({ tool: 'auto', output: bytes }).cause;
    times.push(performance.now() - t0);
  }
  return { times: times.sort((a, b) => a - b), cause };
}

export function measureExplain(runs = 21): ExplainTime {
  const failure = paste(fs.readFileSync('test/fixtures/explain/apt-get/01.txt', 'utf8'));
  const noise = new Uint8Array(Buffer.from('progress 42% [=====>      ] still working on it\n'.repeat(Math.ceil(MB / 47)).slice(0, MB), 'utf8'));
  const a = timeRuns(failure, runs);
  const b = timeRuns(noise, runs);
  const accuracy = scoreRealOutputs();
  return {
    bytes: failure.length,
    medianMs: a.times[Math.floor(runs / 2)] ?? 0,
    maxMs: a.times.at(-1) ?? 0,
    unknownMedianMs: b.times[Math.floor(runs / 2)] ?? 0,
    runs,
    cause: a.cause,
    accuracy,
    accuracyText: accuracyText(accuracy),
    target: ACCURACY_TARGET,
  };
}
