/**
 * The one place where server text is cleaned of secrets: a server may echo the credentials it was sent (a 401
 * saying "bad token Bearer ..."), and whatever it says ends up in history, notifications, diagnostics, result
 * documents and the CLI's output. Applied once, where the outcome leaves the engine, so no surface can forget it.
 */
import type { ApiError, Problem, V1Error } from './apiError';
import type { LookupOutcome } from './outcome';
import { holdsSecret, redact, redactKnown } from '../auth/redact';

/** Every string in a JSON value, keys included, through `clean`; the same object back when nothing changed. */
function cleanJson(value: unknown, clean: (text: string) => string): unknown {
  if (typeof value === 'string') return clean(value);
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((item) => {
      const next = cleanJson(item, clean);
      if (next !== item) changed = true;
      return next;
    });
    return changed ? out : value;
  }
  if (typeof value === 'object' && value !== null) {
    let changed = false;
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const cleanKey = clean(key);
      const next = cleanJson(item, clean);
      if (cleanKey !== key || next !== item) changed = true;
      out[cleanKey] = next;
    }
    return changed ? out : value;
  }
  return value;
}

/**
 * The body and its text with the known secrets replaced. The text keeps every other byte (it is shown digit for
 * digit); the parsed body is walked only when the text holds a secret or JSON escapes that could spell one.
 */
function cleanBody(text: string | undefined, body: unknown, secrets: readonly string[]): { text: string | undefined; body: unknown } {
  if (text === undefined) return { text, body: cleanJson(body, (s) => redactKnown(s, secrets)) };
  const cleanText = redactKnown(text, secrets);
  if (body === undefined || (cleanText === text && !text.includes('\\u'))) return { text: cleanText, body };
  const cleanParsed = cleanJson(body, (s) => redactKnown(s, secrets));
  if (cleanParsed === body) return { text: cleanText, body };
  // The parsed body held a secret; if the text still spells it (in \u escapes), show the cleaned parse instead.
  let textStillHolds = true;
  try {
    const reparsed: unknown = JSON.parse(cleanText);
    textStillHolds = cleanJson(reparsed, (s) => redactKnown(s, secrets)) !== reparsed;
  } catch {
    // Unparseable after replacement: fall back to the cleaned parse.
  }
  return { text: textStillHolds ? JSON.stringify(cleanParsed) : cleanText, body: cleanParsed };
}

function headersHoldSecret(headers: Readonly<Record<string, string>> | undefined, secrets: readonly string[]): boolean {
  if (headers === undefined) return false;
  for (const name in headers) if (holdsSecret(name, secrets) || holdsSecret(headers[name], secrets)) return true;
  return false;
}

function cleanProblems<T extends Problem | V1Error>(list: readonly T[] | undefined, clean: (s: string) => string): readonly T[] | undefined {
  return list === undefined ? undefined : (cleanJson(list, clean) as readonly T[]);
}

function cleanError(error: ApiError, clean: (s: string) => string): ApiError {
  return {
    ...error,
    message: clean(error.message),
    ...(error.problems === undefined ? {} : { problems: cleanProblems(error.problems, clean) }),
    ...(error.v1Errors === undefined ? {} : { v1Errors: cleanProblems(error.v1Errors, clean) }),
  };
}

/**
 * The outcome with every known secret (`secrets`: see `secretForms`) removed from everything the server said: the
 * body and its text, the headers, the error message, problems and v1.1 errors. Messages and problems also lose
 * anything shaped like a credential (an Authorization header, `oauth_token=`); the body and headers lose only known
 * secrets, so that they still read as the server wrote them.
 */
export function redactOutcome(outcome: LookupOutcome, secrets: readonly string[]): LookupOutcome {
  // The common answer: a success without problems that spells no secret anywhere is returned as it is, at the cost
  // of one scan of the text and of the headers (this runs on every lookup).
  if (outcome.ok && outcome.problems.length === 0 && !outcome.text.includes('\\u') && !holdsSecret(outcome.text, secrets) && !headersHoldSecret(outcome.headers, secrets)) {
    return outcome;
  }
  const clean = (s: string): string => redact(s, secrets);
  const { text, body } = cleanBody(outcome.text, outcome.body, secrets);
  const headers = outcome.headers === undefined ? undefined : (cleanJson(outcome.headers, (s) => redactKnown(s, secrets)) as Readonly<Record<string, string>>);
  if (outcome.ok) {
    return { ...outcome, text: text ?? '', body, problems: cleanProblems(outcome.problems, clean) ?? [], ...(headers ? { headers } : {}) };
  }
  return {
    ...outcome,
    error: cleanError(outcome.error, clean),
    ...(outcome.text === undefined ? {} : { text }),
    ...(outcome.body === undefined ? {} : { body }),
    ...(headers ? { headers } : {}),
  };
}
