/** Credentials as the engine uses them. They travel only in memory: the host keeps them in SecretStorage. */
import type { AuthKind } from '../catalog/endpoints';

export interface BearerCredentials {
  readonly kind: 'bearer';
  readonly token: string;
}

export interface OAuth1Credentials {
  readonly kind: 'oauth1';
  readonly consumerKey: string;
  readonly consumerSecret: string;
  readonly accessToken: string;
  readonly accessTokenSecret: string;
}

export interface OAuth2Credentials {
  readonly kind: 'oauth2';
  readonly accessToken: string;
}

export type Credentials = BearerCredentials | OAuth1Credentials | OAuth2Credentials;

/** Every secret string inside a set of credentials, for redaction. */
export function secretsOf(credentials: Credentials): string[] {
  switch (credentials.kind) {
    case 'bearer':
      return [credentials.token];
    case 'oauth1':
      return [credentials.consumerKey, credentials.consumerSecret, credentials.accessToken, credentials.accessTokenSecret];
    case 'oauth2':
      return [credentials.accessToken];
  }
}

// Tokens are opaque, but they never contain whitespace or control characters; one that does was pasted wrong.
const TOKEN_PATTERN = /^[\x21-\x7e]{1,2048}$/;

/**
 * Why a credential value cannot be a token, to follow the name of the field or variable that holds it; undefined when
 * it can be. The one rule for every input: pasted in the editor, read from the CLI's environment. Never repeats the
 * value.
 */
export function tokenProblem(value: string): string | undefined {
  return TOKEN_PATTERN.test(value) ? undefined : 'has spaces, line breaks or other characters a token never contains';
}

/** Checks untrusted credential input (a command argument, a prompt); the message never repeats the secret. */
export function validateCredentials(input: unknown): { ok: true; credentials: Credentials } | { ok: false; message: string } {
  if (typeof input !== 'object' || input === null) return { ok: false, message: 'credentials must be an object with a kind' };
  const record = input as Record<string, unknown>;
  const fieldsByKind: Record<AuthKind, readonly string[]> = {
    bearer: ['token'],
    oauth1: ['consumerKey', 'consumerSecret', 'accessToken', 'accessTokenSecret'],
    oauth2: ['accessToken'],
  };
  const kind = record.kind;
  if (kind !== 'bearer' && kind !== 'oauth1' && kind !== 'oauth2') {
    return { ok: false, message: 'credentials kind must be bearer, oauth1 or oauth2' };
  }
  for (const name of fieldsByKind[kind]) {
    const value = record[name];
    if (typeof value !== 'string' || value.length === 0) return { ok: false, message: `${kind} credentials need ${name}` };
    const problem = tokenProblem(value);
    if (problem !== undefined) return { ok: false, message: `${name} ${problem}` };
  }
  const pick = (name: string): string => record[name] as string;
  switch (kind) {
    case 'bearer':
      return { ok: true, credentials: { kind, token: pick('token') } };
    case 'oauth1':
      return {
        ok: true,
        credentials: {
          kind,
          consumerKey: pick('consumerKey'),
          consumerSecret: pick('consumerSecret'),
          accessToken: pick('accessToken'),
          accessTokenSecret: pick('accessTokenSecret'),
        },
      };
    case 'oauth2':
      return { ok: true, credentials: { kind, accessToken: pick('accessToken') } };
  }
}
