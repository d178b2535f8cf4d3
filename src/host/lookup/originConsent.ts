/**
 * Asks once, in a modal naming the origin and the credential kind, before credentials first go to an origin that is
 * neither X's own nor on this machine, and remembers the answer per origin in global state (shared by all windows,
 * never a secret). Two lookups waiting on the same origin share one prompt.
 */
import * as vscode from 'vscode';
import { AUTH_LABELS, type AuthKind } from '../../core/catalog/endpoints';

const STATE_KEY = 'xapi.originConsent';

type Answers = Readonly<Record<string, 'allow' | 'deny'>>;

/** Shows the question; resolves true to send. Injected so tests can answer without a dialog. */
export type AskConsent = (origin: string, kind: AuthKind) => Thenable<boolean>;

export const askWithModal: AskConsent = async (origin, kind) => {
  const send = vscode.l10n.t('Send to {0}', origin);
  const choice = await vscode.window.showWarningMessage(
    vscode.l10n.t('Send your {0} credentials to {1}?', AUTH_LABELS[kind].kind, origin),
    {
      modal: true,
      detail: vscode.l10n.t(
        'xapi.baseUrl points at {0}, which is not X ({1}) and not on this machine. Whoever runs it receives your {2} credentials with every lookup. Your answer is remembered for this origin.',
        origin, 'https://api.x.com', AUTH_LABELS[kind].kind,
      ),
    },
    send,
  );
  return choice === send;
};

export class OriginConsent {
  private readonly pending = new Map<string, Promise<boolean>>();

  constructor(private readonly memento: vscode.Memento, private readonly ask: AskConsent = askWithModal) {}

  /** The remembered answer for an origin, if any. */
  answer(origin: string): 'allow' | 'deny' | undefined {
    return this.answers()[origin];
  }

  /** True when credentials may go to `origin`: remembered, or asked now. */
  async allows(origin: string, kind: AuthKind): Promise<boolean> {
    const known = this.answer(origin);
    if (known) return known === 'allow';
    let pending = this.pending.get(origin);
    if (!pending) {
      pending = Promise.resolve(this.ask(origin, kind)).then(async (allowed) => {
        await this.remember(origin, allowed ? 'allow' : 'deny');
        return allowed;
      }).finally(() => this.pending.delete(origin));
      this.pending.set(origin, pending);
    }
    return pending;
  }

  /** Drops the remembered answer, so the next lookup asks again. */
  async forget(origin: string): Promise<void> {
    const rest = Object.fromEntries(Object.entries(this.answers()).filter(([known]) => known !== origin));
    await this.memento.update(STATE_KEY, rest);
  }

  private async remember(origin: string, answer: 'allow' | 'deny'): Promise<void> {
    await this.memento.update(STATE_KEY, { ...this.answers(), [origin]: answer });
  }

  private answers(): Answers {
    const stored = this.memento.get<unknown>(STATE_KEY);
    if (typeof stored !== 'object' || stored === null) return {};
    const valid: Record<string, 'allow' | 'deny'> = {};
    for (const [origin, answer] of Object.entries(stored)) if (answer === 'allow' || answer === 'deny') valid[origin] = answer;
    return valid;
  }
}
