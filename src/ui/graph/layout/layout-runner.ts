// Runs the layout in a Web Worker made from a blob (works in Obsidian and in the HTML export), else on this thread.
import { forceLayout } from "./force-layout";
import type { LayoutInput, LayoutResult } from "./layout-types";
import { seedLayout } from "./seed-layout";

/** Both layout functions use nothing outside their bodies, so their source text is a whole worker script. */
const WORKER_SOURCE = `"use strict";
const seedLayout = (${seedLayout.toString()});
const forceLayout = (${forceLayout.toString()});
self.onmessage = (event) => {
  const { id, input } = event.data;
  try {
    const out = forceLayout(input, seedLayout(input));
    self.postMessage({ id, result: out }, [out.x.buffer, out.y.buffer, out.group.buffer]);
  } catch (error) {
    self.postMessage({ id, error: String(error) });
  }
};`;

/** The layout on the calling thread (no Worker, or a page whose policy forbids blob workers). */
export function layoutInThread(input: LayoutInput): LayoutResult {
  return forceLayout(input, seedLayout(input));
}

interface Reply {
  id: number;
  result?: LayoutResult;
  error?: string;
}

type WorkerWindow = Window & { Worker?: typeof Worker; Blob?: typeof Blob; URL?: typeof URL };

export class LayoutRunner {
  private worker: Worker | null = null;
  private url: string | null = null;
  private workerFailed = false;
  private nextId = 1;
  private readonly pending = new Map<number, { input: LayoutInput; resolve: (r: LayoutResult) => void; reject: (e: Error) => void }>();

  constructor(private readonly win: WorkerWindow) {}

  /** Where the last layout ran: a worker, or this thread when workers are missing or forbidden. */
  get where(): "worker" | "thread" {
    return this.worker && !this.workerFailed ? "worker" : "thread";
  }

  run(input: LayoutInput): Promise<LayoutResult> {
    const worker = this.ensureWorker();
    if (!worker) return this.inThread(input);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { input, resolve, reject });
      worker.postMessage({ id, input });
    });
  }

  destroy(): void {
    this.worker?.terminate();
    this.worker = null;
    if (this.url) this.win.URL?.revokeObjectURL(this.url);
    this.url = null;
    this.pending.clear();
  }

  private inThread(input: LayoutInput): Promise<LayoutResult> {
    return new Promise((resolve, reject) => {
      this.win.setTimeout(() => {
        try {
          resolve(layoutInThread(input));
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      }, 0);
    });
  }

  private ensureWorker(): Worker | null {
    if (this.worker || this.workerFailed) return this.worker;
    const { Worker: W, Blob: B, URL: U } = this.win;
    if (!W || !B || !U?.createObjectURL) {
      this.workerFailed = true;
      return null;
    }
    try {
      const url = U.createObjectURL(new B([WORKER_SOURCE], { type: "text/javascript" }));
      this.url = url;
      const worker = new W(url);
      worker.onmessage = (event: MessageEvent<Reply>) => this.onReply(event.data);
      // A policy that forbids blob workers shows up here, asynchronously: finish the waiting layouts in this thread.
      worker.onerror = (event) => {
        event.preventDefault?.();
        this.fallBack();
      };
      this.worker = worker;
    } catch {
      this.workerFailed = true;
    }
    return this.worker;
  }

  private onReply(reply: Reply): void {
    const job = this.pending.get(reply.id);
    if (!job) return;
    this.pending.delete(reply.id);
    if (reply.result) job.resolve(reply.result);
    else job.reject(new Error(reply.error ?? "layout failed"));
  }

  private fallBack(): void {
    this.workerFailed = true;
    this.worker?.terminate();
    this.worker = null;
    const jobs = [...this.pending.values()];
    this.pending.clear();
    for (const job of jobs) this.inThread(job.input).then(job.resolve, job.reject);
  }
}
