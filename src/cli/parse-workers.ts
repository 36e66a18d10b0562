// Parses part of a vault in a worker thread while the main thread parses the rest: both cores on a big vault.
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { parseEntry, type ParsedEntry } from "../core/cache/parsed-entry";
import type { MosaicSettings } from "../core/model";
import { keepsText } from "../core/index/indexed-files";
import { readNoteSync } from "./read-vault";

/** A note read and parsed, or why it could not be read. */
export type NoteResult = { entry: ParsedEntry; text: string | null } | { reason: string };

/** What a worker is given: the files to read and parse. */
export interface ParseJob {
  mosaicParseJob: true;
  settings: MosaicSettings;
  files: string[];
  paths: string[];
  keepText: boolean;
}

/** Reads and parses one file (on either thread). */
export function readAndParse(rel: string, full: string, settings: MosaicSettings, keepText: boolean): NoteResult {
  const read = readNoteSync(full);
  if (!("text" in read)) return read;
  const entry = parseEntry(rel, read.text, settings);
  return { entry, text: keepText || keepsText(rel, entry.note.kind) ? read.text : null };
}

/**
 * Whether this process can start a parse worker: only from the built bundle (a worker runs the bundle file again; under
 * ts-jest there is no such file) and never from inside a worker.
 */
export function workersAvailable(): boolean {
  return isMainThread && typeof __filename === "string" && __filename.endsWith(".js") && !__filename.endsWith(".test.js");
}

/**
 * Parses `todo` (indexes into `files`) with one worker taking `workerShare` of them, interleaved so that both halves
 * hold the same mix of small and big notes, and the main thread the rest meanwhile. Results come back by index.
 */
export async function parseInParallel(
  files: readonly (readonly [rel: string, full: string])[],
  todo: readonly number[],
  settings: MosaicSettings,
  keepText: boolean,
  workerShare: number,
  runner: JobRunner = workerRunner,
): Promise<Map<number, NoteResult>> {
  const mine: number[] = [];
  const theirs: number[] = [];
  let owed = 0;
  for (const i of todo) {
    owed += workerShare;
    if (owed >= 1) {
      owed -= 1;
      theirs.push(i);
    } else mine.push(i);
  }
  const job: ParseJob = {
    mosaicParseJob: true,
    settings,
    files: theirs.map((i) => files[i]![1]),
    paths: theirs.map((i) => files[i]![0]),
    keepText,
  };
  // A worker that fails (out of memory, killed) costs time, not results: its share is parsed here instead.
  const answer = runner(job).catch(() => doParseJob(job));
  const out = new Map<number, NoteResult>();
  for (const i of mine) out.set(i, readAndParse(files[i]![0], files[i]![1], settings, keepText));
  const results = await answer;
  theirs.forEach((i, k) => out.set(i, results[k] ?? { reason: "not parsed" }));
  return out;
}

/** A job's results, in the order of its files. */
export function doParseJob(job: ParseJob): NoteResult[] {
  return job.files.map((full, k) => readAndParse(job.paths[k] ?? "", full, job.settings, job.keepText));
}

/** Runs a job somewhere else and hands back its results (a worker thread; tests run it in-process). */
export type JobRunner = (job: ParseJob) => Promise<NoteResult[]>;

/** Runs a job in a worker thread started from this very bundle file. */
export const workerRunner: JobRunner = (job) => {
  const worker = new Worker(__filename, { workerData: job });
  return new Promise<NoteResult[]>((resolve, reject) => {
    worker.once("message", (results: NoteResult[]) => {
      resolve(results);
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`parse worker stopped (exit ${code})`)));
  });
};

/** In a worker started by parseInParallel: does the job and posts the results. True when this thread was one. */
export function runParseWorker(): boolean {
  const job = workerData as Partial<ParseJob> | null;
  if (isMainThread || !parentPort || job?.mosaicParseJob !== true) return false;
  parentPort.postMessage(doParseJob(job as ParseJob));
  return true;
}
