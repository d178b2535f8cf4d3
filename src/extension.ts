// Temporary placeholder so the integration harness has an extension to load; the real composition root replaces it.
import type * as vscode from 'vscode';

export function activate(_context: vscode.ExtensionContext): void {
  // Nothing registered yet.
}

export function deactivate(): void {
  // Nothing to release yet.
}
