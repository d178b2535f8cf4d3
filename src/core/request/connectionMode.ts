/**
 * The mode lookups run in, decided from settings, workspace trust and the credential kinds set: whether the sandbox
 * answers and which kind signs. Apart from the rest of the plan (lookupPlan.ts) because the status bar needs it at
 * activation, and activation loads as little as it can.
 */
import type { AuthKind } from '../catalog/endpoints';
import type { Vocabulary } from '../catalog/vocabulary';

/** `xapi.sandbox`: the sandbox when no credentials are set, always, or never. */
export type SandboxMode = 'auto' | 'always' | 'never';

export const SANDBOX_MODES: readonly SandboxMode[] = ['auto', 'always', 'never'];

/** Values added to lookups that name none of their own (`xapi.default*`). */
export interface FieldDefaults {
  readonly userFields: readonly string[];
  readonly tweetFields: readonly string[];
  readonly expansions: readonly string[];
}

/** What the decisions depend on: settings, workspace trust and which credential kinds are set. */
export interface LookupContext {
  readonly sandbox: SandboxMode;
  /** False in Restricted Mode: credentials are never sent then. */
  readonly trusted: boolean;
  /** The credential kinds set, in any order. */
  readonly available: readonly AuthKind[];
  readonly vocabulary: Vocabulary;
  /** The base URL as the user set it (normalised here). */
  readonly baseUrl: string;
  readonly defaults: FieldDefaults;
}

/** The sandbox signs with its own user-context credentials, so every endpoint works there. */
export const SANDBOX_AUTH: AuthKind = 'oauth1';

/** The order credentials are picked in: app-only first (its own rate-limit pool), then the user's. */
export const CREDENTIAL_PREFERENCE: readonly AuthKind[] = ['bearer', 'oauth2', 'oauth1'];

/** Whether lookups answer from the sandbox. In Restricted Mode "auto" does even with credentials set. */
export function answersFromSandbox(context: LookupContext): boolean {
  if (context.sandbox === 'always') return true;
  if (context.sandbox === 'never') return false;
  return context.available.length === 0 || !context.trusted;
}

/** The kind shown as the mode: the sandbox's, or the first preferred kind that is set. */
export function modeAuth(context: LookupContext): AuthKind {
  if (answersFromSandbox(context)) return SANDBOX_AUTH;
  return CREDENTIAL_PREFERENCE.find((kind) => context.available.includes(kind)) ?? 'bearer';
}
