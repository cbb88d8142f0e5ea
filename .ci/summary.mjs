// Prints the one line CI reads: "N passed, N failed, N skipped", totalled over Vitest and
// Playwright JSON reports. A missing or unreadable report counts as one failure.
import fs from 'node:fs';

const [vitestFile, playwrightFile] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
const read = (file) => {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    console.error(`missing or unreadable report: ${file}`);
    failed += 1;
    return null;
  }
};
const v = read(vitestFile);
if (v) {
  passed += v.numPassedTests;
  failed += v.numFailedTests;
  skipped += v.numPendingTests + (v.numTodoTests ?? 0);
  // A file that failed to load has no test results of its own.
  failed += (v.testResults ?? []).filter((r) => r.status === 'failed' && (r.assertionResults ?? []).length === 0).length;
}
const w = read(playwrightFile);
if (w) {
  passed += w.stats.expected + w.stats.flaky;
  failed += w.stats.unexpected;
  skipped += w.stats.skipped;
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
