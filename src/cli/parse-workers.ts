// Parses part of a vault in a worker thread while the main thread parses the rest: both cores on a big vault.
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { parseEntry, type ParsedEntry } from "../core/cache/parsed-entry";
import type { MosaicSettings } from "../core/model";
import { readNoteSync } from "./read-vault";

/** A note read and parsed, or why it could not be read. */
export type NoteResult = { entry: ParsedEntry; text: string | null } | { reason: string };

interface Job {
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
  return { entry: parseEntry(rel, read.text, settings), text: keepText ? read.text : null };
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
  const job: Job = {
    mosaicParseJob: true,
    settings,
    files: theirs.map((i) => files[i]![1]),
    paths: theirs.map((i) => files[i]![0]),
    keepText,
  };
  const worker = new Worker(__filename, { workerData: job });
  const answer = new Promise<NoteResult[]>((resolve, reject) => {
    worker.once("message", (results: NoteResult[]) => resolve(results));
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`parse worker stopped (exit ${code})`)));
  });
  const out = new Map<number, NoteResult>();
  for (const i of mine) out.set(i, readAndParse(files[i]![0], files[i]![1], settings, keepText));
  const results = await answer;
  theirs.forEach((i, k) => out.set(i, results[k] ?? { reason: "not parsed" }));
  void worker.terminate();
  return out;
}

/** In a worker started by parseInParallel: does the job and posts the results. True when this thread was one. */
export function runParseWorker(): boolean {
  const job = workerData as Partial<Job> | null;
  if (isMainThread || !parentPort || job?.mosaicParseJob !== true) return false;
  const { settings, files = [], paths = [], keepText = false } = job as Job;
  parentPort.postMessage(files.map((full, k) => readAndParse(paths[k] ?? "", full, settings, keepText)));
  return true;
}
