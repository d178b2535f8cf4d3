/**
 * What to tell a person about a failed lookup besides what went wrong: what to check, and which actions to offer, by
 * error kind. And how serious the failure is, one answer for the notification and the document's diagnostics alike.
 * Pure: the host turns the actions into buttons (host/lookup/failureNotice.ts).
 */
import type { ApiErrorKind } from './apiError';

/** A button of the failure notification. */
export type AdviceAction =
  /** Opens the Settings editor at one setting, named by its key in the host's Settings table (ids.ts). */
  | { readonly kind: 'openSetting'; readonly setting: 'baseUrl' | 'timeoutMs' }
  /** Sets xapi.sandbox to "always", after asking. */
  | { readonly kind: 'useSandbox' }
  | { readonly kind: 'setCredentials' }
  | { readonly kind: 'signIn' }
  | { readonly kind: 'showLog' };

export interface ErrorAdvice {
  /** A sentence saying what to check, or undefined when the message says it all. */
  readonly advice?: string;
  /** The buttons, most useful first; Show Log always last. */
  readonly actions: readonly AdviceAction[];
}

/** Where the failed lookup went. */
export interface AdviceContext {
  /** The offline sandbox answered (or should have). */
  readonly sandbox: boolean;
}

/** What to do about a 402: nothing is sent until the account has credits again (a bulk lookup can be resumed then). */
export const OUT_OF_CREDITS_ADVICE =
  'The pay-per-use account has run out of credits (HTTP 402): add credits or raise the spending limit in the X developer console (console.x.com), then send again; a bulk lookup resumes from the first batch not done (X API: Resume Bulk Lookup).';

const SHOW_LOG: AdviceAction = { kind: 'showLog' };
const BASE_URL: AdviceAction = { kind: 'openSetting', setting: 'baseUrl' };
const USE_SANDBOX: AdviceAction = { kind: 'useSandbox' };

/** The advice for a failure of `kind`. */
export function adviceFor(kind: ApiErrorKind | string | undefined, context: AdviceContext): ErrorAdvice {
  if (context.sandbox) {
    // The sandbox runs inside the editor: a settings or network check would not help, the log might.
    return { actions: [SHOW_LOG] };
  }
  switch (kind) {
    case 'network':
      return {
        advice: 'Check the network connection or proxy, and the xapi.baseUrl setting; or answer from the offline sandbox (xapi.sandbox: always).',
        actions: [BASE_URL, USE_SANDBOX, SHOW_LOG],
      };
    case 'timeout':
      return {
        advice: 'Check the network connection or proxy, and the xapi.baseUrl setting; a slow server may need a larger xapi.requestTimeoutMs.',
        actions: [BASE_URL, { kind: 'openSetting', setting: 'timeoutMs' }, USE_SANDBOX, SHOW_LOG],
      };
    case 'invalid-body':
      return {
        advice: 'Something other than the X API answered: check the xapi.baseUrl setting, and any proxy in between.',
        actions: [BASE_URL, SHOW_LOG],
      };
    case 'unauthorized':
      return {
        advice: 'Set the credentials again (they may have been revoked or regenerated), or sign in.',
        actions: [{ kind: 'setCredentials' }, { kind: 'signIn' }, SHOW_LOG],
      };
    case 'forbidden':
      return {
        advice: 'The app or token lacks access to this endpoint: check the app\'s permissions and the token\'s scopes, or sign in again.',
        actions: [{ kind: 'signIn' }, SHOW_LOG],
      };
    case 'server-error':
      return { advice: 'The server had a problem; try again later.', actions: [SHOW_LOG] };
    case 'out-of-credits':
      return { advice: OUT_OF_CREDITS_ADVICE, actions: [SHOW_LOG] };
    default:
      return { actions: [SHOW_LOG] };
  }
}

/**
 * How serious a failed lookup is: a warning when the request itself worked and what it asked for does not exist
 * (not found, or a 200 with only errors), an error otherwise. The notification and the diagnostics both use it.
 */
export function failureSeverity(kind: ApiErrorKind | string | undefined): 'error' | 'warning' {
  return kind === 'not-found' || kind === 'resource-errors' ? 'warning' : 'error';
}
