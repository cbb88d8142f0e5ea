#!/usr/bin/env node
// A fake Windows tool. Each fake executable in a fake System32 folder is a tiny shell wrapper that
// runs this file with the folder and its own name. It looks its argv up in the folder's
// scenario.json and replays the recorded response: raw bytes (byte for byte), optional delay,
// a flood of N bytes, another program's output, a hang, or ignoring a stop request. Every call is appended to calls.jsonl
// so tests can count round trips.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const [dir, tool, ...args] = process.argv.slice(2);
const scenario = JSON.parse(fs.readFileSync(path.join(dir, 'scenario.json'), 'utf8'));
fs.appendFileSync(path.join(dir, 'calls.jsonl'), JSON.stringify({ tool, args, pid: process.pid }) + '\n');

const rules = scenario[tool] ?? [];
const same = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
const rule =
  rules.find((r) => Array.isArray(r.args) && same(r.args, args)) ??
  rules.find((r) => Array.isArray(r.argsPrefix) && same(r.argsPrefix, args.slice(0, r.argsPrefix.length))) ??
  rules.find((r) => r.args === '*');
if (!rule) {
  process.stderr.write(`fake ${tool}: no rule for ${JSON.stringify(args)}\n`);
  process.exit(97);
}

const read = (file) => fs.readFileSync(path.isAbsolute(file) ? file : path.join(dir, file));
const bytes = (r, key) => {
  if (r[key + 'File']) return read(r[key + 'File']);
  if (r[key + 'Base64']) return Buffer.from(r[key + 'Base64'], 'base64');
  if (typeof r[key] === 'string') return Buffer.from(r[key], r[key + 'Encoding'] ?? 'utf8');
  return Buffer.alloc(0);
};
const sleep = (ms) => new Promise((res) => setTimeout(res, ms));
const write = (stream, buf) => new Promise((res) => (buf.length === 0 ? res() : stream.write(buf, () => res())));

if (rule.ignoreStop) {
  // Ignore the polite stop requests a runner sends first; only SIGKILL ends us.
  for (const sig of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(sig, () => {});
}
if (rule.delayMs) await sleep(rule.delayMs);
await write(process.stdout, bytes(rule, 'stdout'));
await write(process.stderr, bytes(rule, 'stderr'));
if (rule.flood) {
  // A numbered line pattern so a consumer can prove no byte was lost or reordered.
  const total = rule.flood.bytes;
  let sent = 0;
  let line = 0;
  while (sent < total) {
    let block = '';
    while (block.length < 65536 && sent + block.length < total) block += `line ${String(line++).padStart(9, '0')} ${'x'.repeat(44)}\n`;
    const buf = Buffer.from(block).subarray(0, total - sent);
    await write(process.stdout, buf);
    sent += buf.length;
  }
  // Wait for the test's go-ahead before exiting (a 20 ms look at one path; no output meanwhile).
  while (rule.flood.exitWhenFileExists && !fs.existsSync(rule.flood.exitWhenFileExists)) await sleep(20);
}
if (rule.program) {
  // Another program writes our output straight to our stdout (the benches' flood comes from C
  // programs, so the producer outruns the pty and every path floods the same stream).
  const child = spawn(rule.program.file, rule.program.args, { stdio: ['ignore', 'inherit', 'inherit'] });
  await new Promise((res) => child.on('exit', res));
}
if (rule.chunks) {
  for (const c of rule.chunks) {
    if (c.delayMs) await sleep(c.delayMs);
    await write(process.stdout, Buffer.from(c.data, c.encoding ?? 'utf8'));
  }
}
if (rule.hang) {
  setInterval(() => {}, 1 << 30);
} else {
  process.exitCode = rule.exitCode ?? 0;
}
