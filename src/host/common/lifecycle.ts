/**
 * Ownership of registrations. A class that owns listeners, emitters or views extends Disposable and registers each
 * with `_register`; one `dispose()` releases them all, newest first. Anything registered after disposal is disposed
 * at once, so work that resolves late (a store opened in the background, a view made after an await) cannot leak.
 * (The idea of vscode-pull-request-github's `common/lifecycle.ts`.)
 */
import type * as vscode from 'vscode';

/** Disposes every item, newest first, even when one throws; rethrows the first error afterwards. */
export function disposeAll(items: vscode.Disposable[]): void {
  let first: unknown;
  while (items.length > 0) {
    try {
      items.pop()!.dispose();
    } catch (error) {
      first ??= error;
    }
  }
  if (first !== undefined) throw first;
}

/** A Disposable from a function. */
export function toDisposable(dispose: () => void): vscode.Disposable {
  let done = false;
  return {
    dispose: () => {
      if (done) return;
      done = true;
      dispose();
    },
  };
}

export abstract class Disposable implements vscode.Disposable {
  private readonly owned: vscode.Disposable[] = [];
  private isDisposed = false;

  /** Owns `value`: disposed with this object, or at once if this object is already disposed. */
  protected _register<T extends vscode.Disposable>(value: T): T {
    if (this.isDisposed) value.dispose();
    else this.owned.push(value);
    return value;
  }

  protected get disposed(): boolean {
    return this.isDisposed;
  }

  dispose(): void {
    if (this.isDisposed) return;
    this.isDisposed = true;
    disposeAll(this.owned);
  }
}

/** A bag of disposables that can be added to after an await: what arrives once it is disposed is disposed at once. */
export class DisposableStore extends Disposable {
  add<T extends vscode.Disposable>(value: T): T {
    return this._register(value);
  }
}
