/** Keeps secrets out of anything written for people: logs, error text, exported snippets. */
import { secretsOf, type Credentials } from './credentials';
import { base64, percentEncode } from './encoding';

const PATTERNS: readonly RegExp[] = [
  // Authorization header values of any scheme. An OAuth 1.0a header in parameter form is left to the next pattern but
  // one, which blanks each secret parameter and keeps the rest (oauth_timestamp explains a clock error): this one
  // stops at the first quote, so it would blank only the first parameter's name and leave its value.
  /(authorization\s*[:=]\s*["']?)(Bearer|OAuth(?!\s+oauth_)|Basic)\s+[^"'\r\n]+/gi,
  /\b(Bearer)\s+[A-Za-z0-9\-._~+/%]+=*/g,
  // OAuth 1.0a parameters that carry or prove a secret, quoted (the header, perhaps JSON-escaped inside a body) or not
  // (a query or form). The quoted forms are tried first: with `=` first the value would never be reached.
  /\b(oauth_(?:signature|token|consumer_key|nonce))(=\\?"|=)[^&",\s\\]*/gi,
  // Token-like query parameters, should one ever appear in a URL.
  /\b(access_token|refresh_token|client_secret|code_verifier)=[^&\s]*/gi,
];

/** Short values would blank out ordinary words; real tokens are long. */
const MIN_SECRET_LENGTH = 6;

/** Replaces the given secrets (exact strings) and anything that looks like a credential with `***`. */
export function redact(text: string, secrets: readonly string[] = []): string {
  let out = redactKnown(text, secrets);
  out = out.replace(PATTERNS[0], (_m, prefix: string, scheme: string) => `${prefix}${scheme} ***`);
  out = out.replace(PATTERNS[1], (_m, scheme: string) => `${scheme} ***`);
  out = out.replace(PATTERNS[2], (_m, name: string, eq: string) => `${name}${eq}***`);
  out = out.replace(PATTERNS[3], (_m, name: string) => `${name}=***`);
  return out;
}

/**
 * Replaces only the given secrets, nothing that merely looks like one: for response bodies, which are shown as the
 * server sent them (a profile description saying "Bearer tokens" must stay as written).
 */
export function redactKnown(text: string, secrets: readonly string[]): string {
  // Nearly every string holds none: answer it without sorting or copying anything.
  if (!holdsSecret(text, secrets)) return text;
  let out = text;
  // Longest first, so that a secret inside a longer one (a token inside its Basic form) cannot leave a tail behind.
  for (const secret of secrets.length > 1 ? [...secrets].sort((a, b) => b.length - a.length) : secrets) {
    if (secret.length >= MIN_SECRET_LENGTH && out.includes(secret)) out = out.split(secret).join('***');
  }
  return out;
}

/** Whether any of the secrets (long enough to be one) occurs in the text. */
export function holdsSecret(text: string, secrets: readonly string[]): boolean {
  for (const secret of secrets) if (secret.length >= MIN_SECRET_LENGTH && text.includes(secret)) return true;
  return false;
}

/**
 * Every spelling in which a server could echo these credentials back: each secret as is, percent-encoded (the
 * OAuth 1.0a header), JSON-escaped (a body quoting it), in Base64, and the Basic form of an OAuth 1.0a key and
 * secret (`base64(key:secret)`, raw and percent-encoded, as the app-only token exchange sends it). Longest first.
 */
export function secretForms(credentials: readonly Credentials[]): string[] {
  const forms = new Set<string>();
  const add = (value: string): void => {
    if (value.length >= MIN_SECRET_LENGTH) forms.add(value);
  };
  for (const set of credentials) {
    for (const secret of secretsOf(set)) {
      if (secret.length < MIN_SECRET_LENGTH) continue;
      add(secret);
      add(encodeURIComponent(secret));
      add(percentEncode(secret));
      add(JSON.stringify(secret).slice(1, -1));
      add(JSON.stringify(secret).slice(1, -1).replace(/\//g, '\\/'));
      add(base64(secret));
    }
    if (set.kind === 'oauth1') {
      add(base64(`${set.consumerKey}:${set.consumerSecret}`));
      add(base64(`${percentEncode(set.consumerKey)}:${percentEncode(set.consumerSecret)}`));
    }
  }
  return [...forms].sort((a, b) => b.length - a.length);
}
