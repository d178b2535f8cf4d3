/**
 * The API VS Code injects into a webview, as far as the builder uses it (the package @types/vscode-webview describes
 * the same three methods; it is not a dependency of this project).
 */
interface VsCodeWebviewApi<State> {
  /** Sends a message to the extension host; it must survive JSON serialisation. */
  postMessage(message: unknown): void;
  /** The state last stored with setState, kept while the panel lives and across reloads through the serializer. */
  getState(): State | undefined;
  setState<T extends State | undefined>(newState: T): T;
}

/** May be called once per page load. */
declare function acquireVsCodeApi<State = unknown>(): VsCodeWebviewApi<State>;
