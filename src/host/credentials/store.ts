/**
 * Credentials live only in SecretStorage, one fixed key per kind. SecretStorage fires onDidChange for changes made
 * by other windows too, so every window sees a new or cleared credential at once.
 */
import * as vscode from 'vscode';
import { validateCredentials, type Credentials } from '../../core/auth/credentials';
import type { AuthKind } from '../../core/catalog/endpoints';
import { CREDENTIAL_PREFERENCE as PREFERENCE } from '../../core/request/connectionMode';
import { Disposable } from '../common/lifecycle';

const KEYS: Readonly<Record<AuthKind, string>> = {
  bearer: 'xapi.credentials.bearer',
  oauth1: 'xapi.credentials.oauth1',
  oauth2: 'xapi.credentials.oauth2',
};

export class CredentialStore extends Disposable {
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.changed.event;
  private cache: Map<AuthKind, Credentials> | undefined;

  constructor(private readonly secrets: vscode.SecretStorage) {
    super();
    this._register(secrets.onDidChange((event) => {
      if (Object.values(KEYS).includes(event.key)) {
        this.cache = undefined;
        this.changed.fire();
      }
    }));
  }

  /** Every kind that is set, read once and cached until a change. */
  async all(): Promise<Map<AuthKind, Credentials>> {
    if (this.cache) return this.cache;
    const found = new Map<AuthKind, Credentials>();
    for (const kind of PREFERENCE) {
      const text = await this.secrets.get(KEYS[kind]);
      if (!text) continue;
      try {
        const parsed = validateCredentials(JSON.parse(text));
        if (parsed.ok && parsed.credentials.kind === kind) found.set(kind, parsed.credentials);
      } catch {
        // A damaged entry counts as absent; setting credentials again overwrites it.
      }
    }
    this.cache = found;
    return found;
  }

  async kinds(): Promise<AuthKind[]> {
    return [...(await this.all()).keys()];
  }

  async store(credentials: Credentials): Promise<void> {
    await this.secrets.store(KEYS[credentials.kind], JSON.stringify(credentials));
    this.cache = undefined;
    this.changed.fire();
  }

  async clear(kind?: AuthKind): Promise<void> {
    for (const k of kind ? [kind] : PREFERENCE) await this.secrets.delete(KEYS[k]);
    this.cache = undefined;
    this.changed.fire();
  }
}
