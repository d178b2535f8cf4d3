/**
 * Where lookups go, in words, for the notifications that follow a change of credentials: after Set Credentials the
 * status bar alone does not say that lookups left the sandbox for https://api.x.com, and Clear Credentials said
 * nothing at all.
 */
import { AUTH_LABELS, type AuthKind } from '../catalog/endpoints';
import { displayBaseUrl } from './baseUrl';

/** The mode as the connection reports it (host/lookup/runner.ts ConnectionState has these fields). */
export interface Destination {
  readonly sandbox: boolean;
  readonly restricted: boolean;
  readonly auth: AuthKind;
  readonly baseUrl: string;
  /** The signed-in user account lookups use, when there is one. */
  readonly account?: string;
}

/** "https://api.x.com with the app-only Bearer token", "the offline sandbox". */
export function describeDestination(to: Destination): string {
  if (to.sandbox) return to.restricted ? 'the offline sandbox (this workspace is in Restricted Mode)' : 'the offline sandbox';
  const signer = to.account !== undefined ? `as ${to.account}` : `with the ${AUTH_LABELS[to.auth].full}`;
  return `${displayBaseUrl(to.baseUrl)} ${signer}`;
}

/** What Set Credentials says once the credentials are stored. */
export function credentialsSetNotice(kind: AuthKind, to: Destination): string {
  const saved = `${capitalize(AUTH_LABELS[kind].full)} saved in the secret store.`;
  if (to.sandbox) {
    return to.restricted
      ? `${saved} This workspace is in Restricted Mode, so lookups still go to the offline sandbox until you trust it.`
      : `${saved} Lookups still go to the offline sandbox (xapi.sandbox is "always").`;
  }
  return `${saved} Lookups now go to ${describeDestination(to)}.`;
}

/** What Clear Credentials says: the kinds that were set and are gone (human names), and where lookups go now. */
export function credentialsClearedNotice(cleared: readonly AuthKind[], to: Destination): string {
  if (cleared.length === 0) return `No X API credentials were set; lookups go to ${describeDestination(to)}.`;
  const names = cleared.map((kind) => AUTH_LABELS[kind].full);
  const list = names.length === 1 ? `the ${names[0]}` : `the ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `Cleared ${list} from the secret store. Lookups now go to ${describeDestination(to)}.`;
}

/** Whether two modes send lookups to different places or sign them differently: a rate limit of one is not the other's. */
export function sameDestination(a: Destination, b: Destination): boolean {
  return a.sandbox === b.sandbox && a.baseUrl === b.baseUrl && a.auth === b.auth && a.account === b.account;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
