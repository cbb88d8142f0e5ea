import { describe, expect, it } from 'vitest';
import { buildBundleFiles } from '../../../electron/bundle/bundle-files.js';
import { distroUserNames } from '../../../electron/bundle/distro-user-names.js';
import { reportFrom } from '../../../electron/engine/diagnose.js';
import { parseProbeDocument } from '../../../electron/host/distro/parse-probe-document.js';
import type { CaptureMap } from '../../../electron/engine/model.js';
import { createRedactor } from '../../../electron/redact/redactor.js';
import { CREATED_AT, HOST, translate } from '../../process/bundle/bundle-helpers.js';
import { DISTRO_USER, distroUserDocument } from '../../process/bundle/distro-user-doc.js';
import { probeCapture } from '../engine/gpu-chain/scenario.js';
import { CANARY_IDENTITY } from '../redact/canaries.js';

const captures = (doc: string): CaptureMap => new Map([['distro.probe', probeCapture(Buffer.from(doc, 'utf8'), 'wsl')]]);
const count = (text: string, needle: string): number => text.split(needle).length - 1;

describe('distroUserNames', () => {
  it('names the distro user of a probeVersion 2 document', () => {
    expect(distroUserNames(captures(distroUserDocument()))).toEqual([DISTRO_USER]);
  });

  it('never redacts root or user: no one\'s name, and words (a JSON key, -u root) the facts are read from', () => {
    for (const generic of ['root', 'user']) {
      const doc = distroUserDocument(generic);
      const redactor = createRedactor({ userNames: distroUserNames(captures(doc)), hostNames: [] });
      const redacted = redactor.redactText(doc).text;
      // Only the /home/<u> path rule applies; the document keeps its keys and stays readable.
      expect((JSON.parse(redacted) as { user: { name: string } }).user.name).toBe(generic);
      expect(parseProbeDocument(redacted).ok).toBe(true);
    }
  });

  it('gives nothing, without throwing, for a missing, malformed or truncated document', () => {
    expect(distroUserNames(new Map())).toEqual([]);
    expect(distroUserNames(captures('not json {'))).toEqual([]);
    expect(distroUserNames(captures(distroUserDocument().slice(0, 200)))).toEqual([]);
    expect(distroUserNames(captures(JSON.stringify({ probeVersion: 2, user: { name: 7 } })))).toEqual([]);
  });
});

describe('the bundle writer redacts the distro user', () => {
  it('replaces every mention in the capture, bare names included, and counts each', () => {
    const doc = distroUserDocument();
    const caps = captures(doc);
    // The Windows identity (canaryuser7) does not include alice.
    const { manifest, files } = buildBundleFiles({
      captures: caps, report: reportFrom(HOST, caps, [], CREATED_AT), reportJson: {}, logs: [],
      app: { name: 'a', version: '1' }, platform: HOST, translate, redactor: createRedactor(CANARY_IDENTITY), createdAt: CREATED_AT,
    });
    const stdout = Buffer.from(files.get('captures/distro.probe.stdout') ?? []).toString('utf8');
    expect(stdout.toLowerCase()).not.toContain(DISTRO_USER);
    // Only this document names users here: alice, and the fixture's own `/home/user/…` paths.
    const mentions = count(doc, DISTRO_USER) + count(doc, '/home/user/');
    expect(count(doc, `"${DISTRO_USER}"`)).toBeGreaterThan(0);
    expect(count(stdout, '<user>')).toBe(mentions);
    // The manifest counts every replacement in every file (report.md names the judged interpreter too).
    // (report.md's closing legend names the marker itself: that one is no replacement.)
    const replaced = (bytes: Uint8Array): string => Buffer.from(bytes).toString('utf8').replace(/^.*replaced by markers such as.*$/mu, '');
    const markers = [...files.values()].reduce((n, bytes) => n + count(replaced(bytes), '<user>'), 0);
    expect(manifest.redactions.user).toBe(markers);
    expect(markers).toBeGreaterThan(mentions);
  });
});
