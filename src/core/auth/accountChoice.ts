/**
 * Which credentials sign a lookup when accounts (signed in) and pasted credentials are both about: for each auth
 * kind, at the origin the lookup goes to. The app's account (or a pasted Bearer token) signs app-only; the chosen
 * user account signs user context, or that user's account of the other kind (the v1.1 custom profiles need OAuth
 * 1.0a), or another account of the kind; pasted credentials of the kind come last, and only where they always went:
 * the configured base URL. Accounts are only ever used at the origin that issued them.
 */
import type { AuthKind } from '../catalog/endpoints';
import { accountLabel, credentialsOf, type Account } from './account';
import type { Credentials } from './credentials';

export interface KeyedAccount {
  readonly key: string;
  readonly account: Account;
}

/** Credentials picked for one kind, with what they are called in the status bar and the result's lens line. */
export interface CredentialChoice {
  readonly credentials: Credentials;
  /** `@name`, `App (Bearer)`, or `pasted OAuth 2.0 token`. */
  readonly label: string;
  /** The account behind them; absent for pasted credentials. */
  readonly accountKey?: string;
  readonly account?: Account;
}

export interface ChoiceInput {
  /** Where the lookup goes: `https://api.x.com`, a user's own server, the sandbox's `http://127.0.0.1:PORT`. */
  readonly origin: string;
  readonly accounts: readonly KeyedAccount[];
  /** The user account chosen for lookups (a key), if any. */
  readonly currentKey?: string;
  /** Pasted credentials by kind; they count at `pastedOrigin` only. */
  readonly pasted: ReadonlyMap<AuthKind, Credentials>;
  readonly pastedOrigin?: string;
}

const PASTED_LABEL: Readonly<Record<AuthKind, string>> = {
  bearer: 'pasted Bearer token',
  oauth1: 'pasted OAuth 1.0a keys',
  oauth2: 'pasted OAuth 2.0 token',
};

function originOfAccount(account: Account): string {
  return new URL(account.baseUrl).origin;
}

function fromAccount(entry: KeyedAccount): CredentialChoice {
  return { credentials: credentialsOf(entry.account), label: accountLabel(entry.account), accountKey: entry.key, account: entry.account };
}

/** The credentials of `kind` for a lookup to `input.origin`, or undefined when there are none. */
export function chooseCredentials(input: ChoiceInput, kind: AuthKind): CredentialChoice | undefined {
  const here = input.accounts.filter((entry) => originOfAccount(entry.account) === input.origin && entry.account.kind === kind);
  const current = input.accounts.find((entry) => entry.key === input.currentKey && originOfAccount(entry.account) === input.origin);
  if (here.length > 0) {
    if (kind === 'bearer') return fromAccount(here[0]);
    const currentUser = current && current.account.kind !== 'bearer' ? current.account.userId : undefined;
    const exact = here.find((entry) => entry.key === input.currentKey);
    const sameUser = here.find((entry) => entry.account.kind !== 'bearer' && entry.account.userId === currentUser);
    return fromAccount(exact ?? sameUser ?? here[0]);
  }
  const pasted = input.pastedOrigin === input.origin ? input.pasted.get(kind) : undefined;
  return pasted ? { credentials: pasted, label: PASTED_LABEL[kind] } : undefined;
}

/** Every kind some credentials are there for, at `input.origin`. */
export function availableKinds(input: ChoiceInput): AuthKind[] {
  return (['bearer', 'oauth2', 'oauth1'] as const).filter((kind) => chooseCredentials(input, kind) !== undefined);
}

/** The user account lookups use at `input.origin`, for the status bar: the chosen one, or the first user account. */
export function currentUserAccount(input: ChoiceInput): KeyedAccount | undefined {
  const users = input.accounts.filter((entry) => entry.account.kind !== 'bearer' && originOfAccount(entry.account) === input.origin);
  return users.find((entry) => entry.key === input.currentKey) ?? users[0];
}
