/** Keeps secrets out of anything written for people: logs, error text, exported snippets. */

const PATTERNS: readonly RegExp[] = [
  // Authorization header values of any scheme.
  /(authorization\s*[:=]\s*["']?)(Bearer|OAuth|Basic)\s+[^"'\r\n]+/gi,
  /\b(Bearer)\s+[A-Za-z0-9\-._~+/%]+=*/g,
  // OAuth 1.0a parameters that carry or prove a secret.
  /\b(oauth_(?:signature|token|consumer_key|nonce))(=|=")[^&",\s]*/gi,
  // Token-like query parameters, should one ever appear in a URL.
  /\b(access_token|refresh_token|client_secret|code_verifier)=[^&\s]*/gi,
];

/** Replaces the given secrets (exact strings) and anything that looks like a credential with `***`. */
export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) {
    // Short values would blank out ordinary words; real tokens are long.
    if (secret.length >= 6) out = out.split(secret).join('***');
  }
  out = out.replace(PATTERNS[0], (_m, prefix: string, scheme: string) => `${prefix}${scheme} ***`);
  out = out.replace(PATTERNS[1], (_m, scheme: string) => `${scheme} ***`);
  out = out.replace(PATTERNS[2], (_m, name: string, eq: string) => `${name}${eq}***`);
  out = out.replace(PATTERNS[3], (_m, name: string) => `${name}=***`);
  return out;
}
