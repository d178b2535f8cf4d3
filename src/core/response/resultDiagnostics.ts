/**
 * The diagnostics of a result document as plain values: one on each element of the response's top-level `errors`
 * array saying what that problem means, or one at the top for a failure that came without problems. Where an element
 * is comes from the document's JsonIndex, not from the way we happen to indent it; the host only converts the
 * offsets to positions.
 */
import { describeProblem, xProblemTypeUrl, type Problem } from './apiError';
import { failureSeverity } from './errorAdvice';
import type { JsonIndex } from './jsonIndex';

/** One diagnostic, with its range as UTF-16 offsets into the document text. */
export interface ResultDiagnostic {
  readonly start: number;
  readonly end: number;
  readonly message: string;
  /**
   * A problem of a successful lookup (a partial error) warns; so do those of a failure whose request worked but found
   * nothing (errorAdvice's failureSeverity, which the notification follows too); anything else of a failure is an error.
   */
  readonly severity: 'error' | 'warning';
  /** X's page about the problem type, for X's own problem URIs only: a server cannot plant a link here. */
  readonly typeUrl?: string;
}

/** What the diagnostics are made of: the facts kept of one lookup. */
export interface DiagnosedResult {
  readonly ok: boolean;
  /** Partial errors of a success, or the problems of a failure, in the order of the response's `errors`. */
  readonly problems: readonly Problem[];
  readonly errorMessage?: string;
  /** The failure's kind (ApiErrorKind), which sets its severity. */
  readonly errorKind?: string;
}

/** The first character of the document: where a diagnostic goes that has no element of its own. */
const TOP = { start: 0, end: 1 } as const;

/**
 * The diagnostics of `result` shown in the text `index` was built from. Problem `i` covers element `i` of the
 * top-level `errors` array (brackets included), or the first element when the array is shorter, or the top of the
 * document when there is none (a top-level problem body). `index` is a function so that a result without problems
 * never has its text indexed.
 */
export function resultDiagnostics(result: DiagnosedResult, index: () => JsonIndex): ResultDiagnostic[] {
  const severity = result.ok ? 'warning' : failureSeverity(result.errorKind);
  if (result.problems.length === 0) {
    return !result.ok && result.errorMessage ? [{ ...TOP, message: result.errorMessage, severity }] : [];
  }
  const elements = index().elementsAt(['errors']);
  return result.problems.map((problem, i) => {
    const { start, end } = elements[i] ?? elements[0] ?? TOP;
    const typeUrl = xProblemTypeUrl(problem.type);
    return { start, end, message: describeProblem(problem), severity, ...(typeUrl === undefined ? {} : { typeUrl }) };
  });
}
