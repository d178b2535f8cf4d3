/**
 * The raw exchange of a lookup as a person reads it: the request line and headers that went out (the Authorization
 * value masked), then the status and headers that came back (anything credential-like dropped or masked). The same
 * header filter decides what a kept history response may hold, so nothing shown or stored carries a secret.
 */
import type { AuthKind } from '../catalog/endpoints';
import { AUTH_LABELS } from '../catalog/endpoints';
import { redact } from '../auth/redact';

/** Headers never shown or kept at all: they carry a session or a credential whatever their value. */
const DROPPED_HEADERS = new Set(['set-cookie', 'set-cookie2', 'cookie', 'authorization', 'proxy-authorization']);
/** Names that suggest a credential; their values are masked (the name still says the header was there). */
const CREDENTIAL_NAME = /token|secret|passw|session|credential|api[-_]?key|auth(?!enticate)|signature|cookie/i;
/** What a masked value reads as. */
export const MASK = '***';
/** Longest header value kept; a longer one is cut (a header is one line for a person, not a payload). */
const HEADER_VALUE_MAX = 2000;
/** Most headers kept of one response. */
const HEADERS_MAX = 100;

/**
 * The response headers fit to show and keep: cookies and authorization headers dropped, credential-looking names
 * masked, every other value through redact (anything shaped like an Authorization value or an OAuth parameter) and
 * the known `secrets`. Names lower-case, sorted, so two results' headers diff line by line.
 */
export function safeHeaders(headers: Readonly<Record<string, string>> | undefined, secrets: readonly string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  if (headers === undefined) return out;
  const byName = new Map<string, string>();
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (typeof value === 'string' && !byName.has(lower)) byName.set(lower, value);
  }
  const names = [...byName.keys()].filter((name) => /^[!#$%&'*+.^_`|~0-9a-z-]{1,100}$/.test(name) && !DROPPED_HEADERS.has(name)).sort();
  for (const name of names.slice(0, HEADERS_MAX)) {
    const flat = (byName.get(name) ?? '').replace(/[\x00-\x1f\x7f]/g, ' ');
    const value = CREDENTIAL_NAME.test(name) ? MASK : redact(flat, secrets);
    out[name] = value.length > HEADER_VALUE_MAX ? `${value.slice(0, HEADER_VALUE_MAX)}…` : value;
  }
  return out;
}

/** The Authorization header as shown: its scheme, and no part of the secret or signature. */
export function maskedAuthorization(kind: AuthKind): string {
  return kind === 'oauth1'
    ? `OAuth oauth_consumer_key="${MASK}", oauth_token="${MASK}", oauth_signature="${MASK}", … (${AUTH_LABELS[kind].full}, masked)`
    : `Bearer ${MASK} (${AUTH_LABELS[kind].full}, masked)`;
}

/** The request headers every lookup sends (net/httpClient.ts), in the order it sends them. */
export function requestHeaders(kind: AuthKind | undefined, userAgent: string): Record<string, string> {
  const out: Record<string, string> = { accept: 'application/json', 'user-agent': userAgent };
  if (kind !== undefined) out.authorization = maskedAuthorization(kind);
  return out;
}

/** What the exchange view is made of. */
export interface ExchangeFacts {
  readonly method: string;
  /** The URL requested (no secret: auth travels in a header); undefined when nothing was sent. */
  readonly url?: string;
  /** The kind of credentials that signed it. */
  readonly auth?: AuthKind;
  readonly userAgent: string;
  readonly status?: number;
  /** Already through safeHeaders. */
  readonly headers?: Readonly<Record<string, string>>;
  /** What went wrong when no response came (network, timeout). */
  readonly errorMessage?: string;
  readonly durationMs?: number;
  readonly attempts?: number;
}

/**
 * The exchange in the shape of an HTTP message: `GET url`, the request headers, a blank line, then `HTTP status` and
 * the response headers. `#` lines say what is not literally on the wire (the mask, a missing response).
 */
export function exchangeText(facts: ExchangeFacts): string {
  const lines: string[] = ['# Request'];
  lines.push(`${facts.method} ${facts.url ?? '(not sent)'}`);
  for (const [name, value] of Object.entries(requestHeaders(facts.auth, facts.userAgent))) lines.push(`${displayName(name)}: ${value}`);
  lines.push('', '# Response');
  if (facts.status === undefined) {
    lines.push(`# No response${facts.errorMessage ? `: ${redact(facts.errorMessage)}` : ''}`);
  } else {
    const timing = [facts.durationMs !== undefined ? `${Math.round(facts.durationMs)} ms` : '', facts.attempts !== undefined && facts.attempts > 1 ? `${facts.attempts} attempts` : '']
      .filter(Boolean).join(', ');
    lines.push(`HTTP ${facts.status}${timing ? `  # ${timing}` : ''}`);
    const headers = facts.headers ?? {};
    if (Object.keys(headers).length === 0) lines.push('# (no headers kept)');
    for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  }
  return lines.join('\n') + '\n';
}

function displayName(name: string): string {
  return name.replace(/(^|-)([a-z])/g, (_m, dash: string, letter: string) => dash + letter.toUpperCase());
}
