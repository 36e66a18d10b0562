// Turns given to the editor: through Chromium's scheduler.yield where the window has it, else a zero timeout; one
// after another, so two sliced tasks waiting at once never resume in the same task.
/* global afterEach, describe, expect, it -- jest globals; the eslint config does not declare them for tests/ */
import "../fakes/obsidian";
import { Slicer, urgently, yieldInBackground, yieldToUi } from "../../src/plugin/time-slices";

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

describe("urgent and background turns", () => {
  it("gives background work no turn while urgent work runs, and its turn once it is done", async () => {
    const order: string[] = [];
    const background = (async () => {
      for (let i = 0; i < 3; i++) {
        await yieldInBackground();
        order.push(`background ${i}`);
      }
    })();
    await yieldToUi();
    const urgent = urgently(async () => {
      for (let i = 0; i < 5; i++) {
        await yieldToUi();
        order.push(`urgent ${i}`);
      }
      return "shown";
    });
    expect(await urgent).toBe("shown");
    await background;
    const firstUrgent = order.indexOf("urgent 0");
    const lastUrgent = order.indexOf("urgent 4");
    // Background turns already taken before the urgent work began may come first; none comes between.
    expect(order.slice(firstUrgent, lastUrgent + 1)).toEqual(["urgent 0", "urgent 1", "urgent 2", "urgent 3", "urgent 4"]);
    expect(order.filter((o) => o.startsWith("background"))).toEqual(["background 0", "background 1", "background 2"]);
  });

  it("lets background work go on when urgent work fails", async () => {
    await expect(urgently(() => Promise.reject(new Error("check failed")))).rejects.toThrow("check failed");
    let done = false;
    await Promise.race([yieldInBackground().then(() => (done = true)), new Promise((resolve) => setTimeout(resolve, 200))]);
    expect(done).toBe(true);
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
