/** The sandbox's fault switch: makes the next requests fail in the ways a real network and API do. */

export type FaultKind =
  /** Answer correctly, but only after `delayMs`. */
  | 'slow'
  /** Destroy the socket before answering. */
  | 'reset'
  /** Announce a full Content-Length, send half the body, close. */
  | 'truncated'
  /** 200 with a body that is not JSON. */
  | 'invalid-json'
  | '500'
  | '503'
  /** 429 with X's body and headers, as if the window were spent. */
  | '429'
  /** 402 out of pay-per-use credits. */
  | '402';

export const FAULT_KINDS: readonly FaultKind[] = ['slow', 'reset', 'truncated', 'invalid-json', '500', '503', '429', '402'];

export interface Fault {
  readonly kind: FaultKind;
  /** For `slow`. */
  readonly delayMs?: number;
  /** How many requests it applies to; unlimited when absent. */
  readonly times?: number;
}

export function isFaultKind(value: unknown): value is FaultKind {
  return typeof value === 'string' && (FAULT_KINDS as readonly string[]).includes(value);
}

/** Hands out the armed fault request by request until its count runs out. */
export class FaultSwitch {
  private fault: Fault | undefined;
  private left = Number.POSITIVE_INFINITY;

  set(fault: Fault | undefined): void {
    this.fault = fault;
    this.left = fault?.times ?? Number.POSITIVE_INFINITY;
  }

  /** The fault for the request now arriving, if any. */
  next(): Fault | undefined {
    if (!this.fault || this.left <= 0) return undefined;
    this.left--;
    return this.fault;
  }
}
