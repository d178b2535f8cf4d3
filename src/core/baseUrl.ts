/** The API origin (plus an optional path prefix, for proxies) that requests go to. */

export const DEFAULT_BASE_URL = 'https://api.x.com';

export type BaseUrlResult = { readonly ok: true; readonly url: string } | { readonly ok: false; readonly message: string };

/** Accepts http(s) URLs without credentials, query or fragment; drops a trailing slash. */
export function normalizeBaseUrl(input: string): BaseUrlResult {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, message: `base URL "${input}" is not a URL (expected e.g. ${DEFAULT_BASE_URL})` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, message: `base URL must use http or https, not ${url.protocol.replace(':', '')}` };
  }
  // A user:password@ in the base URL would end up in logs and history; credentials go in SecretStorage.
  if (url.username || url.password) return { ok: false, message: 'base URL must not contain a user name or password' };
  if (url.search || url.hash) return { ok: false, message: 'base URL must not have a query or fragment' };
  return { ok: true, url: `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}` };
}

/** Whether the URL points at this machine, where plain http is fine. */
export function isLoopback(baseUrl: string): boolean {
  const host = new URL(baseUrl).hostname;
  return host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
