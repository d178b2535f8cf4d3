// Credentials of every kind to leak, and the check that none of their spellings survived: shared by the redaction
// tests of core (redact, redactOutcome) and of the engine.
import { strict as assert } from 'node:assert';
import type { BearerCredentials, Credentials, OAuth1Credentials, OAuth2Credentials } from '../../src/core/auth/credentials';
import { secretForms } from '../../src/core/auth/redact';

export const BEARER: BearerCredentials = { kind: 'bearer', token: 'AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid%2BULvsea4JtiGRiSDSJSI%3DEUifiRBkKG5E2XzMDjRfl76ZC9Ub0wnz4XsNiRVBChTYbJcE3F' };
// X's own published OAuth 1.0a example values.
export const OAUTH1: OAuth1Credentials = {
  kind: 'oauth1',
  consumerKey: 'xvz1evFS4wEEPTGEFPHBog',
  consumerSecret: 'kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw',
  accessToken: '370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb',
  accessTokenSecret: 'LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE',
};
export const OAUTH2: OAuth2Credentials = { kind: 'oauth2', accessToken: 'bWRjQmQ0a2Z0cHFmT2hPRjJ-oauth2-user/token' };
export const ALL: readonly Credentials[] = [BEARER, OAUTH1, OAUTH2];

/** Every spelling of every secret a leak could take; none may survive anywhere in an outcome. */
export function assertNoSecret(value: unknown, where: string): void {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  for (const form of secretForms(ALL)) assert.ok(!text.includes(form), `${where} still holds ${form}`);
  // A token can also survive as its own decoded form (the Bearer token above is percent-encoded as issued).
  assert.ok(!text.includes(decodeURIComponent(BEARER.token)), `${where} holds the decoded bearer token`);
}
