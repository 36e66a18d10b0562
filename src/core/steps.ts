// Stepped computations: generators that pause between units of work, so that the plugin can run them in time slices
// while the CLI and the tests run them to their end at once.

/** A computation that pauses (yields) between units of work and returns its result. */
export type Steps<T> = Generator<void, T>;

/** Runs a stepped computation to its end. */
export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
