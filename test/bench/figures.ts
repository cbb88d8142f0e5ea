/**
 * How the benches print figures. A throughput figure is shown only when its flood arrived whole
 * and in order; a ratio only between two valid runs of the same flood size.
 */
import type { FloodVerdict } from './flood-source.js';

/** One throughput run as the benches report it. */
export interface ThroughputFigure {
  /** Flood size in bytes, as the program printed it. */
  sourceBytes: number;
  /** Received characters per second, in millions (≈ MB/s for this ASCII stream). */
  mbPerSec: number;
  verdict: FloodVerdict;
}

const mb = (bytes: number): string => `${+(bytes / 1e6).toFixed(3)} MB`;

/** `in order: yes (N bytes → M chars)`, or what went wrong. */
export function inOrderText(bytes: number, v: FloodVerdict): string {
  return v.inOrder ? `in order: yes (${bytes} bytes → ${v.chars} chars)` : `in order: NO — ${v.error ?? 'unknown'}`;
}

/** The MB/s figure, or INVALID when the stream was short, long or out of order. */
export function throughputText(r: ThroughputFigure): string {
  return r.verdict.inOrder ? `${r.mbPerSec.toFixed(1)} MB/s` : 'INVALID';
}

/** `a / b`, or why there is no ratio: different flood sizes, or an invalid run. */
export function ratioText(a: ThroughputFigure, b: ThroughputFigure): string {
  if (a.sourceBytes !== b.sourceBytes) return `none: sizes differ (${mb(a.sourceBytes)} vs ${mb(b.sourceBytes)})`;
  if (!a.verdict.inOrder || !b.verdict.inOrder) return 'none: a run is INVALID';
  return (a.mbPerSec / b.mbPerSec).toFixed(2);
}

/** A flood size for labels: `200 MB`. */
export function floodSize(bytes: number): string {
  return mb(bytes);
}
