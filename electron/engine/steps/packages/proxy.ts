import { z } from 'zod';
import type { Facts } from '../../../contract/facts.js';
import type { Msg } from '../../../contract/messages.js';
import { msg } from '../../../contract/messages.js';
import type { NextAction } from '../../../contract/setup.js';

/**
 * The Windows proxy, carried into apt, pip, curl and the distro's environment. It comes from the
 * network probe (`facts.network`: the proxy Windows chose per URL, as `scheme://host:port`), never
 * from text typed into the app. Credentials never go into argv (any process on the distro can
 * read /proc/N/cmdline), so a proxy that needs them is refused with what to do instead.
 */

/** A proxy URL the installer accepts: http(s), a host name, IPv4 or bracketed IPv6, a port; no user info, no path. */
const PROXY_URL = /^https?:\/\/(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]{2,45}\]):([1-9]\d{0,4})$/u;

/** `''` = direct connection; otherwise a validated proxy URL. */
export const proxyParamSchema = z.union([
  z.literal(''),
  z
    .string()
    .regex(PROXY_URL)
    .refine((p) => Number(PROXY_URL.exec(p)?.[1]) <= 65535, { message: 'port out of range' }),
]);

/** Hosts that must never go through the proxy. */
const NO_PROXY = 'localhost,127.0.0.1,::1';

export type ProxyDecision = { ok: true; proxy: string } | { ok: false; reason: Msg; next: NextAction };

/** `http://proxy.corp:8080/` → `http://proxy.corp:8080`; anything else unchanged. */
function normalize(url: string): string {
  return url.trim().replace(/\/$/u, '');
}

/** True when the text carries user info (`user:pass@host`), in any spelling the probe could report. */
function hasCredentials(url: string): boolean {
  return /^[a-z]+:\/\/[^/]*@/iu.test(url.trim());
}

/**
 * The proxy every in-distro download uses, decided from the measurements: direct when no request
 * went through one; the proxy Ubuntu's archive was reached through when several were chosen
 * (apt needs it first); refused when the proxy asked for credentials or is not a plain URL.
 */
export function proxyDecision(facts: Facts): ProxyDecision {
  const rows = facts.network?.endpoints ?? [];
  const needsAuth = rows.find((r) => r.outcome === 'proxy-auth-required');
  if (needsAuth) {
    return { ok: false, reason: msg('setup.proxy.authRequired', { proxy: needsAuth.proxy ?? 'unknown' }), next: { kind: 'support', label: msg('setup.next.proxyAuth') } };
  }
  const proxied = rows.filter((r) => r.proxy !== null);
  const chosen = proxied.find((r) => r.id === 'ubuntu.archive') ?? proxied[0];
  if (chosen?.proxy === undefined || chosen.proxy === null) return { ok: true, proxy: '' };
  if (hasCredentials(chosen.proxy)) {
    return { ok: false, reason: msg('setup.proxy.credentials'), next: { kind: 'support', label: msg('setup.next.proxyAuth') } };
  }
  const proxy = normalize(chosen.proxy);
  if (!proxyParamSchema.safeParse(proxy).success) {
    return { ok: false, reason: msg('setup.proxy.invalid', { proxy: proxy.slice(0, 120) }), next: { kind: 'support', label: msg('setup.next.proxyInvalid') } };
  }
  return { ok: true, proxy };
}

/** The proxy variables as `NAME=value` argv elements for `/usr/bin/env`; none for a direct connection. */
export function proxyEnv(proxy: string): string[] {
  if (proxy === '') return [];
  const p = proxyParamSchema.parse(proxy);
  return [`http_proxy=${p}`, `https_proxy=${p}`, `no_proxy=${NO_PROXY}`];
}
