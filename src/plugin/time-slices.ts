// Work in time slices: a long task gives the editor its turn every few milliseconds, and stops when cancelled.
import type { Steps } from "../core/steps";

export class Slicer {
  private started = performance.now();

  constructor(
    private readonly pause: () => Promise<void>,
    private readonly sliceMs: number,
    private readonly cancelled: () => boolean,
  ) {}

  /** Gives the editor its turn when the slice's time is up; false once cancelled. */
  async tick(): Promise<boolean> {
    if (performance.now() - this.started > this.sliceMs) {
      await this.pause();
      this.started = performance.now();
    }
    return !this.cancelled();
  }

  /** Runs a stepped computation (core/steps.ts) to its end in slices; undefined when cancelled meanwhile. */
  async run<T>(steps: Steps<T>): Promise<T | undefined> {
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (!(await this.tick())) return undefined;
    }
  }
}

let lastTurn: Promise<void> = Promise.resolve();

/** Chromium's task scheduler (Obsidian's Electron has it; older ones and Node do not). */
interface TaskScheduler {
  yield(): Promise<void>;
}

/**
 * A new task, once the editor has had its turn: `scheduler.yield()` where the browser has it, else a zero timeout,
 * which the browser clamps to 4 ms when nested, idle time that a slice of a few milliseconds can ill afford.
 */
function nextTask(): Promise<void> {
  const scheduler = (window as unknown as { scheduler?: Partial<TaskScheduler> }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  return new Promise<void>((resolve) => window.setTimeout(resolve, 0));
}

/**
 * Gives the editor its turn. Turns are taken one after another: two sliced tasks (the index, the checks, the status
 * summary, the suggestions) waiting at once resume in separate tasks, with the editor's own work between them, instead
 * of back to back in one long stretch.
 */
export const yieldToUi = (): Promise<void> => {
  const turn = lastTurn.then(nextTask);
  lastTurn = turn;
  return turn;
};

let urgentRunning = 0;
let urgentOver: Promise<void> = Promise.resolve();
let endUrgent: () => void = () => undefined;

/**
 * Runs work the user is waiting for (an edit's checks before the sidebar shows it): while it runs, background work
 * (suggestions, the status summary, cache saves) waits at its next turn instead of sharing the turns with it.
 */
export async function urgently<T>(work: () => Promise<T>): Promise<T> {
  if (urgentRunning++ === 0) urgentOver = new Promise<void>((resolve) => (endUrgent = resolve));
  try {
    return await work();
  } finally {
    if (--urgentRunning === 0) endUrgent();
  }
}

/** A turn for background work: the editor's turn first, then the end of any urgent work. */
export async function yieldInBackground(): Promise<void> {
  await yieldToUi();
  while (urgentRunning > 0) {
    await urgentOver;
    await yieldToUi();
  }
}
