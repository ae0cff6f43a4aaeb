// Cooperative work: a long computation is a generator that yields between small units of work,
// so that a caller in a browser can spread it over several short tasks. Pure: no timer, no clock.

/** A computation that yields (nothing) between units of work and returns its result. */
export type Steps<T> = Generator<void, T, void>;

/** Runs steps to completion, synchronously. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * Counts work (roughly, characters processed) and says when a step's worth is done.
 * Callers `if (meter.spend(cost)) yield;` so every step does about `perStep` work.
 */
export class StepMeter {
  private spent = 0;

  constructor(private readonly perStep: number) {}

  spend(cost: number): boolean {
    this.spent += cost;
    if (this.spent < this.perStep) return false;
    this.spent = 0;
    return true;
  }
}
