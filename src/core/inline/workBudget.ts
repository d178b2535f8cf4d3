/**
 * A time budget for the inline work on one document version (scan and checks). Work that runs out of time stops where
 * it is and keeps what it found, rather than holding the extension host. The clock is passed in: core reads none.
 */

/** How many questions pass between two readings of the clock: the scanners ask once per match. */
const CALLS_PER_CLOCK_READ = 32;

export class WorkBudget {
  /** A budget that never runs out (tests, the benchmark's warm numbers, callers without a clock). */
  static readonly UNLIMITED = new WorkBudget(() => 0, Number.POSITIVE_INFINITY);

  private calls = 0;
  private spent = false;

  private constructor(
    private readonly now: () => number,
    private readonly deadline: number,
  ) {}

  /** A budget of `ms` milliseconds from now, on the clock `now` (milliseconds). */
  static of(now: () => number, ms: number): WorkBudget {
    return new WorkBudget(now, now() + ms);
  }

  /** Whether the time is up. Reads the clock every few calls only, so a loop may ask on every iteration. */
  expired(): boolean {
    if (this.spent) return true;
    if (++this.calls % CALLS_PER_CLOCK_READ !== 0) return false;
    this.spent = this.now() >= this.deadline;
    return this.spent;
  }

  /** Whether {@link expired} has answered true: some work was cut short. Reads no clock. */
  get ranOut(): boolean {
    return this.spent;
  }
}
