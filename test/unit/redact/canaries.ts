/**
 * Planted canaries shared by the redaction and bundle tests: values that must never survive
 * redaction in any encoding.
 */
export const CANARY = {
  user: 'canaryuser7',
  host: 'CANARY-HOST-9',
  sid: 'S-1-5-21-3623811015-3361044348-30300820-1013',
  email: 'canary.mail@example.com',
  ghToken: 'ghp_CanaryTok3n0123456789abcdefghijKLMN',
  jwt: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJjYW5hcnkifQ.c2lnbmF0dXJlY2FuYXJ5',
  proxyUser: 'canaryu',
  proxyPass: 'canaryp',
  envSecret: 'canarysecret1234567890abcdef',
} as const;

/** The identity the redactor is told about. */
export const CANARY_IDENTITY = { userNames: [CANARY.user], hostNames: [CANARY.host] };

/** Text with every canary in the contexts tools print them. */
export function canaryText(): string {
  return [
    `User: ${CANARY.user}`,
    `Profile: C:\\Users\\${CANARY.user}\\AppData\\Local\\Temp`,
    `Short: C:\\Users\\CANARY~1\\AppData`,
    `Home: /home/${CANARY.user}/.cache`,
    `Mount: /mnt/c/Users/${CANARY.user}/Downloads`,
    `Share: \\\\wsl$\\Ubuntu\\home\\${CANARY.user}\\project`,
    `Host: ${CANARY.host} (${CANARY.host.toLowerCase()}.corp.example.com)`,
    `SID: ${CANARY.sid}`,
    `Mail: ${CANARY.email}`,
    `GitHub: ${CANARY.ghToken}`,
    `Authorization: Bearer ${CANARY.jwt}`,
    `JWT: ${CANARY.jwt}`,
    `HTTPS_PROXY=http://${CANARY.proxyUser}:${CANARY.proxyPass}@proxy:8080`,
    `API_KEY=${CANARY.envSecret}`,
    '',
  ].join('\r\n');
}

/** The needles a scan looks for: the secret part of each canary. */
export function canaryNeedles(): string[] {
  return [CANARY.user, 'CANARY~1', CANARY.host, CANARY.sid, CANARY.email, 'canary.mail', CANARY.ghToken, CANARY.jwt, CANARY.proxyUser, CANARY.proxyPass, CANARY.envSecret];
}

/** Each needle as UTF-8, UTF-16LE, JSON-escaped and URL-encoded text (as latin1 strings of bytes), lowercased. */
export function needleForms(needle: string): string[] {
  const forms = new Set<string>();
  for (const text of [needle, JSON.stringify(needle).slice(1, -1), encodeURIComponent(needle)]) {
    forms.add(Buffer.from(text, 'utf8').toString('latin1').toLowerCase());
    forms.add(Buffer.from(text, 'utf16le').toString('latin1').toLowerCase());
  }
  return [...forms];
}

/** Every canary form found in the bytes (case-insensitive); empty when clean. */
export function findCanaries(bytes: Uint8Array): string[] {
  const hay = Buffer.from(bytes).toString('latin1').toLowerCase();
  return canaryNeedles().filter((n) => needleForms(n).some((f) => hay.includes(f)));
}
