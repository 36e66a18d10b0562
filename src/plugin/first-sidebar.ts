// The first sidebar of a start: a small index of the notes the active note's sidebar reads (found through Obsidian's
// resolved links), shown while the whole vault is indexed and checked in slices.
import { TFile, type App } from "obsidian";
import { MosaicIndex, type LinkResolver } from "../core/index/mosaic-index";
import { isIndexedPath, MAX_NOTE_BYTES } from "../core/index/indexed-files";
import type { Diagnostic } from "../core/model";
import type { Steps } from "../core/steps";
import type { Slicer } from "./time-slices";

/** The first index takes at most this many notes (a note linked from everywhere is shown with the full index only). */
export const MAX_FIRST_NOTES = 1500;
/** Sources of resolved links looked through between two checks of the slice's time. */
const SOURCES_PER_STEP = 500;

type ResolvedLinks = Record<string, Record<string, number>>;

/**
 * An index of part of the vault, for the first sidebar only: its diagnostics wait for the full index (a note outside it
 * would look like a broken link), and the status bar's summary is not made from it.
 */
export class FirstIndex extends MosaicIndex {
  override diagnostics(): Diagnostic[] {
    return [];
  }

  override diagnosticsFor(): Diagnostic[] {
    return [];
  }
}

/** The sources of resolved links into any of `targets` (the notes linking to them), a step per few hundred sources. */
export function* linkingTo(links: ResolvedLinks, targets: ReadonlySet<string>): Steps<Set<string>> {
  const out = new Set<string>();
  let seen = 0;
  for (const source in links) {
    const dests = links[source];
    if (dests) for (const dest in dests) if (targets.has(dest)) out.add(source);
    if (++seen % SOURCES_PER_STEP === 0) yield;
  }
  return out;
}

/** Obsidian's resolved links (source path -> destination path -> count), or null before it has the note's. */
export function resolvedLinks(app: App, path: string): ResolvedLinks | null {
  const links = app.metadataCache.resolvedLinks as ResolvedLinks | undefined;
  return links && path in links ? links : null;
}

/**
 * The notes the sidebar of `path` reads: the note, the notes it links to and theirs (a module's outcomes and their
 * lenses), and the notes that link to it or to what it links to (a problem's addressers and child notes, the questions
 * a source addresses). The notes linking to its child notes follow once those are parsed (linkingTo).
 */
export function* focusPaths(links: ResolvedLinks, path: string): Steps<string[]> {
  const out = new Set<string>([path]);
  const forward = (p: string): string[] => Object.keys(links[p] ?? {});
  for (const next of forward(path)) {
    out.add(next);
    for (const further of forward(next)) out.add(further);
  }
  for (const p of yield* linkingTo(links, new Set([path, ...forward(path)]))) out.add(p);
  return [...out];
}

/** The notes of `paths` the index would take, as files, at most MAX_FIRST_NOTES. */
export function firstFiles(app: App, paths: Iterable<string>, settings: MosaicIndex["settings"]): TFile[] {
  const out: TFile[] = [];
  for (const path of paths) {
    const file = app.vault.getAbstractFileByPath(path);
    if (file instanceof TFile && isIndexedPath(path, settings) && file.stat.size <= MAX_NOTE_BYTES) out.push(file);
    if (out.length >= MAX_FIRST_NOTES) break;
  }
  return out;
}

export interface FirstIndexHost {
  app: App;
  settings: MosaicIndex["settings"];
  resolver: LinkResolver;
  /** The start's time slices (cancelled when the start is superseded). */
  slicer: Slicer;
  /** A note's text, or null when it cannot be read now. */
  read(file: TFile): Promise<string | null>;
}

/**
 * The first index for the sidebar of `path`, parsed in slices; null when Obsidian has not resolved the note's links
 * yet or the start was superseded.
 */
export async function buildFirstIndex(host: FirstIndexHost, path: string): Promise<FirstIndex | null> {
  const links = resolvedLinks(host.app, path);
  const paths = links && (await host.slicer.run(focusPaths(links, path)));
  if (!links || !paths) return null;
  const index = new FirstIndex({ settings: host.settings, resolver: host.resolver });
  index.beginBulk();
  if (!(await fill(host, index, paths))) return null;
  // The notes hanging under the ones taken by a parent field bring their own addressers.
  const children = new Set(index.parentSources());
  const more = children.size > 0 ? await host.slicer.run(linkingTo(links, children)) : new Set<string>();
  if (!more || !(await fill(host, index, [...more].filter((p) => index.note(p) === undefined)))) return null;
  index.endBulk();
  return index;
}

async function fill(host: FirstIndexHost, index: FirstIndex, paths: Iterable<string>): Promise<boolean> {
  const room = Math.max(0, MAX_FIRST_NOTES - index.notePaths().length);
  for (const file of firstFiles(host.app, paths, host.settings).slice(0, room)) {
    const text = await host.read(file);
    if (text !== null) index.setNote(file.path, text);
    if (!(await host.slicer.tick())) return false;
  }
  return true;
}
