/**
 * The API origin (plus an optional path prefix, for proxies) that requests go to, and the rules for sending
 * credentials there. Credentials may only go where the user chose: plain http only to this machine, and any origin
 * that is neither X's own nor on this machine needs the user's explicit consent first.
 */

export const DEFAULT_BASE_URL = 'https://api.x.com';

/** X's own API origin: credentials go there without asking. */
export const DEFAULT_ORIGIN = new URL(DEFAULT_BASE_URL).origin;

export type BaseUrlResult = { readonly ok: true; readonly url: string } | { readonly ok: false; readonly message: string };

/**
 * Accepts https URLs, and http ones for loopback hosts, without credentials, query or fragment; drops a trailing
 * slash. The one place the base URL is trimmed and checked: the lookup service, the CLI and the workspace notice all
 * come through here (the settings reader passes the user's text on as it is).
 */
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
  // Over plain http anyone on the path reads the token; only this machine's own servers are exempt.
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    return { ok: false, message: `base URL must use https for ${url.hostname}; plain http is allowed only for loopback hosts (127.0.0.1, localhost, [::1])` };
  }
  return { ok: true, url: originAndPath(url) };
}

/** `scheme://host[:port]/path` without user info, query, fragment or trailing slashes. */
function originAndPath(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * The base URL as the builder shows it and a copied cURL line starts: the normalised URL when the setting is valid,
 * and otherwise the same cut made by hand, so that a user name, password or query never shows whatever was typed.
 */
export function displayBaseUrl(baseUrl: string): string {
  const normalized = normalizeBaseUrl(baseUrl);
  if (normalized.ok) return normalized.url;
  try {
    return originAndPath(new URL(baseUrl.trim()));
  } catch {
    // Not a URL at all: cut the same parts with patterns.
    return baseUrl.trim().replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#@]*@/i, '$1').replace(/[?#].*$/s, '').replace(/\/+$/, '');
  }
}

/** `localhost`, `*.localhost`, 127.0.0.0/8 and `[::1]`: servers on this machine, which are the user's own. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return host === 'localhost' || host.endsWith('.localhost') || host === '[::1]' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** Whether the URL points at this machine, where plain http is fine and no consent is needed. */
export function isLoopback(baseUrl: string): boolean {
  try {
    return isLoopbackHost(new URL(baseUrl).hostname);
  } catch {
    return false;
  }
}

/** The origin (`scheme://host[:port]`) of a normalised base URL: what consent is given for. */
export function originOf(baseUrl: string): string {
  return new URL(baseUrl).origin;
}

/**
 * The host to keep in view when a base URL is not X's own (`https://api.x.com`, trailing slash or not); undefined
 * for X's and for text that is no URL at all. Shown for an invalid setting too: the user should see what it says.
 */
export function nonDefaultHost(baseUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return undefined;
  }
  return originAndPath(url) === DEFAULT_BASE_URL ? undefined : url.host;
}

/** Whether sending credentials to this base URL needs the user's explicit, remembered consent. */
export function needsOriginConsent(baseUrl: string): boolean {
  return originOf(baseUrl) !== DEFAULT_ORIGIN && !isLoopback(baseUrl);
}
