// Notifications in the integration tests: vscode.window's show*Message replaced for the length of a test, so that
// what the extension says (and the buttons it offers) can be read, and a button "clicked" by answering with it. The
// extension and the tests share one `vscode` API object (the tests load from the extension's own folder).
import * as vscode from 'vscode';

/** One notification the extension showed. */
export interface Shown {
  readonly severity: 'info' | 'warning' | 'error';
  readonly message: string;
  /** The button labels. */
  readonly items: readonly string[];
  readonly modal: boolean;
  readonly detail?: string;
}

/** Which button to "click" for a notification; undefined dismisses it. */
export type Answer = (shown: Shown) => string | undefined;

type ShowFn = (message: string, ...rest: unknown[]) => Thenable<unknown>;
type Window = Record<'showInformationMessage' | 'showWarningMessage' | 'showErrorMessage', ShowFn>;

export interface Capture {
  readonly shown: Shown[];
  /** Waits for a notification whose message matches. */
  next(pattern: RegExp, timeoutMs?: number): Promise<Shown>;
  restore(): void;
}

export function captureMessages(answer: Answer = () => undefined): Capture {
  const window = vscode.window as unknown as Window;
  const originals = { info: window.showInformationMessage, warning: window.showWarningMessage, error: window.showErrorMessage };
  const shown: Shown[] = [];
  const make = (severity: Shown['severity']): ShowFn => (message, ...rest) => {
    let modal = false;
    let detail: string | undefined;
    const items: { label: string; item: unknown }[] = [];
    for (const part of rest) {
      if (typeof part === 'string') items.push({ label: part, item: part });
      else if (typeof part === 'object' && part !== null && 'title' in part) items.push({ label: String((part as { title: unknown }).title), item: part });
      else if (typeof part === 'object' && part !== null) {
        modal = (part as vscode.MessageOptions).modal === true;
        detail = (part as vscode.MessageOptions).detail;
      }
    }
    const entry: Shown = { severity, message, items: items.map((i) => i.label), modal, ...(detail !== undefined ? { detail } : {}) };
    shown.push(entry);
    const chosen = answer(entry);
    return Promise.resolve(items.find((i) => i.label === chosen)?.item);
  };
  window.showInformationMessage = make('info');
  window.showWarningMessage = make('warning');
  window.showErrorMessage = make('error');
  return {
    shown,
    next: async (pattern, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = shown.find((s) => pattern.test(s.message));
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no notification matching ${pattern}; shown: ${JSON.stringify(shown.map((s) => s.message))}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    restore: () => {
      window.showInformationMessage = originals.info;
      window.showWarningMessage = originals.warning;
      window.showErrorMessage = originals.error;
    },
  };
}
