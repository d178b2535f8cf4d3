/**
 * The languages and clients a lookup can be copied as: one table, read by the generators (snippetFor), the quick pick,
 * the CLI's `code` command and the tests that run every target against the sandbox.
 */
import type { AuthKind } from '../catalog/endpoints';
import type { Vocabulary } from '../catalog/vocabulary';

export type SnippetTargetId =
  | 'curl'
  | 'httpie'
  | 'xurl'
  | 'twurl'
  | 'typescript-twitter-api-v2'
  | 'typescript-xdk'
  | 'typescript-fetch'
  | 'python-tweepy'
  | 'python-requests';

export type SnippetLanguage = 'shell' | 'typescript' | 'python';

export interface SnippetTarget {
  readonly id: SnippetTargetId;
  /** What the quick pick shows. */
  readonly label: string;
  readonly language: SnippetLanguage;
  /** The auth kinds the client can send; a lookup in another kind gets a snippet that says so and stops. */
  readonly auth: readonly AuthKind[];
  /**
   * The vocabulary the client speaks whatever the setting says: its typed API knows only those names (tweepy's
   * `tweet_fields`, xdk's `postFields`). Absent when it sends whichever the setting picks.
   */
  readonly vocabulary?: Vocabulary;
  /** What to install, shown in the snippet's first comment. */
  readonly install?: string;
}

const ALL: readonly AuthKind[] = ['bearer', 'oauth2', 'oauth1'];

export const SNIPPET_TARGETS: readonly SnippetTarget[] = [
  { id: 'curl', label: 'cURL', language: 'shell', auth: ALL },
  { id: 'httpie', label: 'HTTPie', language: 'shell', auth: ALL, install: 'apt-get install httpie (or pip install httpie)' },
  { id: 'xurl', label: 'xurl (X\'s CLI)', language: 'shell', auth: ALL, install: 'npm install -g @xdevplatform/xurl' },
  // twurl signs OAuth 1.0a and fetches app-only tokens itself; it has no way to send a given OAuth 2.0 user token.
  { id: 'twurl', label: 'twurl', language: 'shell', auth: ['bearer', 'oauth1'], install: 'gem install twurl' },
  { id: 'typescript-twitter-api-v2', label: 'TypeScript: twitter-api-v2', language: 'typescript', auth: ALL, install: 'npm install twitter-api-v2' },
  { id: 'typescript-xdk', label: 'TypeScript: @xdevplatform/xdk', language: 'typescript', auth: ALL, vocabulary: '2.167', install: 'npm install @xdevplatform/xdk' },
  { id: 'typescript-fetch', label: 'TypeScript: fetch (no library)', language: 'typescript', auth: ALL, install: 'npm install oauth-1.0a (OAuth 1.0a only)' },
  { id: 'python-tweepy', label: 'Python: tweepy', language: 'python', auth: ALL, vocabulary: '2.166', install: 'pip install tweepy' },
  { id: 'python-requests', label: 'Python: requests', language: 'python', auth: ALL, install: 'pip install requests requests-oauthlib' },
];

export const SNIPPET_TARGET_IDS: readonly SnippetTargetId[] = SNIPPET_TARGETS.map((target) => target.id);

export function isSnippetTargetId(value: unknown): value is SnippetTargetId {
  return typeof value === 'string' && (SNIPPET_TARGET_IDS as readonly string[]).includes(value);
}

export function snippetTarget(id: SnippetTargetId): SnippetTarget {
  return SNIPPET_TARGETS.find((target) => target.id === id)!;
}
