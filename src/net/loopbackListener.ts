/**
 * The loopback redirect target of the OAuth 2.0 sign-in: a node:http server on `http://127.0.0.1:<port>/callback`
 * that waits for the browser to come back from the consent page, answers it with a plain page saying it can be
 * closed, and closes. It settles once: with the code when `state` matches, or with a SignInError (`denied`,
 * `state-mismatch`, `missing-code`, `oauth-error`, `timeout`, `cancelled`). Starting it fails with `port-in-use`
 * when another program holds the port. The server is always closed once the attempt settles.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CALLBACK_PATH, loopbackRedirectUri, parseCallback } from '../core/auth/oauth2Authorize';
import { isSignInError, SignInError } from '../core/auth/signInError';
import { isLoopbackHost } from '../core/request/baseUrl';

export interface LoopbackListenerOptions {
  /** The port of the registered redirect URI (setting `xapi.auth.redirectPort`); 0 picks a free one (tests). */
  readonly port: number;
  /** The address to listen on and to name in the redirect URI; default 127.0.0.1. Must be a loopback address. */
  readonly host?: string;
  /** The `state` this attempt sent; a callback with another is refused. */
  readonly expectedState: string;
  /** How long to wait for the browser; default 5 minutes. */
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
}

export interface LoopbackListener {
  /** `http://<host>:<port>/callback`: what the authorize URL names as redirect_uri. */
  readonly redirectUri: string;
  /** The port listened on (the one asked for, or the free one picked for port 0). */
  readonly port: number;
  /** The authorization code, or a SignInError; the server is closed by the time it settles. */
  readonly code: Promise<string>;
  /** Stops waiting (`code` rejects with `cancelled` unless it has settled) and closes the server. */
  close(): Promise<void>;
}

export const DEFAULT_CALLBACK_TIMEOUT_MS = 5 * 60_000;

/** The only CSS the pages have, allowed by its hash: no inline script or style runs otherwise. */
const STYLE = 'body{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;line-height:1.5}';
const STYLE_HASH = `sha256-${createHash('sha256').update(STYLE).digest('base64')}`;

const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': `default-src 'none'; style-src '${STYLE_HASH}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
  'x-frame-options': 'DENY',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, message: string): string {
  return `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>` +
    `<body><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p></body></html>\n`;
}

function answer(res: ServerResponse, status: number, title: string, message: string): void {
  const body = page(title, message);
  res.writeHead(status, { ...PAGE_HEADERS, 'content-length': Buffer.byteLength(body), connection: 'close' });
  res.end(body);
}

/** Longest request line accepted; a real callback is a few hundred characters. */
const MAX_URL_CHARS = 8 * 1024;

/** Starts listening; rejects with a SignInError (`port-in-use`, `cancelled`) when it cannot. */
export async function startLoopbackListener(options: LoopbackListenerOptions): Promise<LoopbackListener> {
  const host = options.host ?? '127.0.0.1';
  // The code must reach this machine only: a listener on a public interface would hand it to the network.
  if (!isLoopbackHost(host)) throw new SignInError('invalid-input', `the sign-in callback listens on loopback addresses only, not ${host}`);
  if (options.signal?.aborted) throw new SignInError('cancelled', 'sign-in was cancelled');
  let settle: (result: { code: string } | { error: SignInError }) => void = () => undefined;
  let settled = false;
  const code = new Promise<string>((resolve, reject) => {
    settle = (result) => {
      if (settled) return;
      settled = true;
      if ('code' in result) resolve(result.code);
      else reject(result.error);
      void shutdown();
    };
  });
  // Nobody may be listening when it fails (a cancel before anyone awaited it): that is no unhandled rejection.
  code.catch(() => undefined);

  const server = createServer({ maxHeaderSize: 16 * 1024 }, (req: IncomingMessage, res: ServerResponse) => {
    const target = req.url ?? '/';
    const path = target.split('?')[0];
    if (path !== CALLBACK_PATH || target.length > MAX_URL_CHARS) return answer(res, 404, 'Not found', 'Nothing here.');
    if (req.method !== 'GET') {
      res.setHeader('allow', 'GET');
      return answer(res, 405, 'Method not allowed', 'The sign-in callback takes GET only.');
    }
    if (settled) return answer(res, 410, 'Sign-in already finished', 'This sign-in attempt is over. You can close this tab and return to VS Code.');
    try {
      const { code: received } = parseCallback(target, options.expectedState);
      answer(res, 200, 'Signed in', 'You can close this tab and return to VS Code.');
      res.once('close', () => settle({ code: received }));
    } catch (error) {
      const failure = isSignInError(error) ? error : new SignInError('invalid-input', 'the sign-in answer could not be read');
      const message = failure.reason === 'denied' ? 'Access was denied, so nothing was signed in.' : `Sign-in failed: ${failure.message}.`;
      answer(res, 400, failure.reason === 'denied' ? 'Sign-in cancelled' : 'Sign-in failed', `${message} You can close this tab and return to VS Code.`);
      res.once('close', () => settle({ error: failure }));
    }
  });
  server.keepAliveTimeout = 1_000;

  let closing: Promise<void> | undefined;
  const shutdown = (): Promise<void> =>
    (closing ??= new Promise<void>((resolve) => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      if (!server.listening) return resolve();
      server.close(() => resolve());
      // Browsers keep idle connections (and preconnect spares) open; the page has been sent, so drop them.
      server.closeIdleConnections();
      setTimeout(() => server.closeAllConnections(), 200).unref();
    }));

  const onAbort = (): void => settle({ error: new SignInError('cancelled', 'sign-in was cancelled') });

  const address = await new Promise<AddressInfo>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(new SignInError('port-in-use',
          `port ${options.port} on ${host} is in use by another program, so the sign-in callback cannot listen there; ` +
          'close that program or pick another port in the setting xapi.auth.redirectPort (and register the new redirect URI on your app)'));
      } else if (error.code === 'EACCES') {
        reject(new SignInError('port-in-use', `port ${options.port} on ${host} may not be listened on (EACCES); pick another port in the setting xapi.auth.redirectPort`));
      } else {
        reject(new SignInError('network', `the sign-in callback could not listen on ${host}:${options.port} (${error.code ?? error.message})`));
      }
    });
    server.listen(options.port, host, () => resolve(server.address() as AddressInfo));
  });
  server.on('error', () => undefined);

  // Declared only now: settle (and so shutdown, which clears it) cannot run before the server listens.
  const timer = setTimeout(() => settle({ error: new SignInError('timeout', `no answer from the browser within ${Math.round((options.timeoutMs ?? DEFAULT_CALLBACK_TIMEOUT_MS) / 1000)} s; start the sign-in again`) }), options.timeoutMs ?? DEFAULT_CALLBACK_TIMEOUT_MS);
  timer.unref();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  if (options.signal?.aborted) onAbort();

  return {
    redirectUri: loopbackRedirectUri(address.port, host),
    port: address.port,
    code,
    close: async () => {
      settle({ error: new SignInError('cancelled', 'sign-in was cancelled') });
      await shutdown();
    },
  };
}
