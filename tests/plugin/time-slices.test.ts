// Turns given to the editor: through Chromium's scheduler.yield where the window has it, else a zero timeout; one
// after another, so two sliced tasks waiting at once never resume in the same task.
/* global afterEach, describe, expect, it -- jest globals; the eslint config does not declare them for tests/ */
import "../fakes/obsidian";
import { Slicer, yieldToUi } from "../../src/plugin/time-slices";

type SchedulerWindow = { scheduler?: { yield?: () => Promise<void> } };
const win = window as unknown as SchedulerWindow;

afterEach(() => {
  delete win.scheduler;
});

describe("yieldToUi", () => {
  it("asks scheduler.yield for the next task where the window has one", async () => {
    let calls = 0;
    win.scheduler = {
      yield: () => {
        calls++;
        return new Promise((resolve) => setImmediate(resolve));
      },
    };
    await yieldToUi();
    await yieldToUi();
    expect(calls).toBe(2);
  });

  it("falls back to a zero timeout, and takes turns in order", async () => {
    const order: string[] = [];
    const a = yieldToUi().then(() => {
      order.push("a");
      // Work that a's turn starts (the editor's, say) runs before b's turn: b is a task of its own, not a's tail.
      setTimeout(() => order.push("timer"), 0);
    });
    const b = yieldToUi().then(() => order.push("b"));
    await Promise.all([a, b]);
    expect(order).toEqual(["a", "timer", "b"]);
  });
});

describe("Slicer", () => {
  it("yields once a slice's time is up and stops when cancelled", async () => {
    let pauses = 0;
    let cancelled = false;
    const slicer = new Slicer(async () => {
      pauses++;
    }, 0, () => cancelled);
    const start = performance.now();
    while (performance.now() - start < 2) {
      /* a slice's worth of work */
    }
    expect(await slicer.tick()).toBe(true);
    expect(pauses).toBe(1);
    cancelled = true;
    expect(await slicer.tick()).toBe(false);
  });
});
