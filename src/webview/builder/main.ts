/**
 * The request builder's browser side. It says `ready`, builds the form from the host's `init`, reports every change
 * (the host validates and answers with the URL and the cost), and keeps the form in the webview state so a reload or
 * a hidden-then-shown panel comes back as it was left.
 */
import type { EndpointSpec } from '../../core/catalog/endpoints';
import { assertNever } from '../../shared/builder/protocol';
import type { BuilderCatalog, BuilderRequest, HostToWebview, WebviewToHost } from '../../shared/builder/protocol';
import { BuilderForm } from './form';
import { emptyForm, formFromRequest, requestFromForm, restoreState } from './formState';
import type { PersistedState } from './formState';

const vscode = acquireVsCodeApi<PersistedState>();

function post(message: WebviewToHost): void {
  vscode.postMessage(message);
}

/** The state from before a reload, read once: the `init` that follows decides whether it is used. */
let restored = restoreState(vscode.getState());
let catalog: BuilderCatalog | undefined;
let seq = 0;
/** The last validation that answered the current `seq`, if it has arrived. */
let verdict: { readonly seq: number; readonly ok: boolean } | undefined;
let busy: 'send' | 'save' | 'copyCurl' | 'copyCode' | undefined;
/** The saved lookup's name, when the form holds one. */
let name: string | undefined;

const root = document.getElementById('app') ?? document.body;
const form = new BuilderForm(root, {
  changed,
  send: () => act('send'),
  save: (name) => act('save', name),
  copyCurl: () => act('copyCurl'),
  copyCode: () => act('copyCode'),
  switchAccount: () => post({ type: 'switchAccount' }),
});

function currentRequest(): BuilderRequest | undefined {
  const spec: EndpointSpec | undefined = form.selectedEndpoint();
  return spec === undefined ? undefined : requestFromForm(form.read(), spec);
}

function persist(name: string | undefined): void {
  vscode.setState({ version: 1, form: form.read(), touched: form.touchedInputs(), ...(name === undefined ? {} : { name }) });
}

/** Every change: keep it, and ask the host what it makes of it. */
function changed(): void {
  persist(name);
  form.clearAlert();
  const request = currentRequest();
  if (request === undefined) return;
  seq++;
  verdict = undefined;
  post({ type: 'change', seq, request });
}

function act(action: 'send' | 'save' | 'copyCurl' | 'copyCode', saveName = ''): void {
  const request = currentRequest();
  if (request === undefined || busy !== undefined) return;
  form.revealAllErrors();
  // Known to be invalid: say where, send nothing. (Still waiting for the verdict: the host checks again anyway.)
  if (verdict !== undefined && verdict.seq === seq && !verdict.ok) {
    if (action === 'save') form.closeSave(false);
    form.focusFirstInvalid();
    form.alert('Fix the highlighted fields first.');
    return;
  }
  busy = action;
  switch (action) {
    case 'send':
      form.status('Sending…');
      post({ type: 'send', request });
      return;
    case 'save':
      post({ type: 'save', name: saveName, request });
      return;
    case 'copyCurl':
      post({ type: 'copyCurl', request });
      return;
    case 'copyCode':
      post({ type: 'copyCode', request });
      return;
    default:
      assertNever(action);
  }
}

function init(message: Extract<HostToWebview, { type: 'init' }>): void {
  catalog = message.catalog;
  form.setCatalog(message.catalog, message.connection);
  if (message.initial !== undefined) {
    // A lookup the user chose to open replaces whatever the form held.
    form.write(formFromRequest(message.initial.request));
    name = message.initial.name;
  } else if (restored !== undefined) {
    form.write(restored.form, restored.touched);
    name = restored.name;
  } else {
    form.write(emptyForm(catalog, message.defaults));
  }
  restored = undefined;
  form.setName(name);
  changed();
}

function receive(message: HostToWebview): void {
  switch (message.type) {
    case 'init':
      init(message);
      return;
    case 'validation':
      // An answer to an older change: a newer one is on its way.
      if (message.seq !== seq) return;
      verdict = { seq: message.seq, ok: message.ok };
      form.showValidation(message.ok, message.issues, message.url, message.cost);
      return;
    case 'state': {
      catalog = message.catalog;
      const dropped = form.setCatalog(message.catalog, message.connection);
      if (dropped.length > 0) {
        form.status(`Vocabulary ${message.catalog.vocabulary} has no ${dropped.join(', ')}: unticked.`);
      }
      changed();
      return;
    }
    case 'sent':
      busy = undefined;
      if (message.ok) form.status(message.summary);
      else form.alert(message.summary);
      return;
    case 'saved':
      busy = undefined;
      name = message.name;
      form.setName(name);
      form.closeSave(true);
      form.status(`Saved as “${message.name}”.`);
      persist(name);
      return;
    case 'copied':
      busy = undefined;
      form.status('Copied the cURL command to the clipboard.');
      return;
    case 'codeCopied':
      busy = undefined;
      if (message.copied) form.status('Copied the code to the clipboard.');
      return;
    case 'error':
      busy = undefined;
      if (message.action === 'save' && form.isSaveOpen()) form.saveFailed(message.message);
      form.alert(message.message);
      form.revealAllErrors();
      return;
    default:
      assertNever(message, 'message');
  }
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const data = event.data;
  // Only the host posts here, but a stray message should not break the form.
  if (typeof data !== 'object' || data === null || typeof (data as { type?: unknown }).type !== 'string') return;
  try {
    receive(data as HostToWebview);
  } catch (error) {
    console.error('[builder]', error);
  }
});

document.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey) {
    event.preventDefault();
    act('send');
  }
});

post({ type: 'ready' });
