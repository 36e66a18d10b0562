// The gap report behind `mosaic next` and the plugin's suggestions: gaps with their best unlinked sources, unread ranked.
import type { IndexReader } from "../index/index-data";
import type { ParsedNote, ProblemTree, TreeNode } from "../model";
import { corpusSteps, type Corpus, type SourceDoc } from "./corpus";
import { drain, type Steps } from "../steps";
import { docFromNote, gapsFromProblems } from "./from-index";
import { rankGapsSteps, rankUnreadFrom, UNREAD_TOP_K, type Gap } from "./suggest";
import { KIND } from "../field-names";

/** Suggestions per gap when the caller does not say. */
export const DEFAULT_PER_GAP = 3;

export interface NextSuggestion {
  path: string;
  title: string;
  score: number;
  /** The question's words the source matched, strongest first. */
  terms: string[];
  unread: boolean;
}

export interface NextGap {
  id: string;
  problem: { path: string; title: string };
  text: string;
  /** Where the question is written (a `parent::` note's questions live in their own note). */
  path: string;
  line: number;
  ancestors: string[];
  suggestions: NextSuggestion[];
}

export interface NextUnread {
  path: string;
  title: string;
  gapIds: string[];
  strength: number;
}

/** What `mosaic next --json` prints and `plugin.api.next()` returns. Scores are rounded to 3 decimals. */
export interface NextReport {
  gaps: NextGap[];
  unread: NextUnread[];
}

export interface NextOptions {
  /** Path of one problem note; absent: every problem. A path that is no problem gives an empty report. */
  problem?: string;
  /** Suggestions kept per gap (default 3). */
  perGap?: number;
  /** The least score a suggestion needs (default `MIN_SCORE`). */
  minScore?: number;
  /** A corpus built with `corpusOf` from this index at its current revision (saves rebuilding it per call). */
  corpus?: Corpus;
}

/** The id `gapsFromProblems` gives a node: `path#^block` where it has a block id, else `path:line`. */
export function gapId(node: Pick<TreeNode, "path" | "line" | "anchor">): string {
  return node.anchor?.startsWith("^") ? `${node.path}#${node.anchor}` : `${node.path}:${node.line}`;
}

/** A ranking document for every source note of the index. */
export function corpusOf(index: IndexReader): Corpus {
  return drain(corpusOfSteps(index));
}

/** What a corpus is made of: the index's source notes with their texts, in path order. */
export interface CorpusInputs {
  notes: ParsedNote[];
  texts: string[];
}

export function corpusInputs(index: IndexReader): CorpusInputs {
  const inputs: CorpusInputs = { notes: [], texts: [] };
  for (const path of index.notePaths()) {
    const note = index.note(path);
    const text = index.getText(path);
    if (note?.kind !== KIND.source || text === undefined) continue;
    inputs.notes.push(note);
    inputs.texts.push(text);
  }
  return inputs;
}

/**
 * Whether two sets of inputs are the same notes and texts (the index keeps an unchanged note's parse and text as the
 * same objects): a corpus made from one serves the other, as after an edit to a problem or a course note.
 */
export function sameCorpusInputs(a: CorpusInputs, b: CorpusInputs): boolean {
  if (a.notes.length !== b.notes.length) return false;
  for (let i = 0; i < a.notes.length; i++) if (a.notes[i] !== b.notes[i] || a.texts[i] !== b.texts[i]) return false;
  return true;
}

/** corpusOf pausing after each source note (see core/steps.ts). */
export function* corpusOfSteps(index: IndexReader, inputs: CorpusInputs = corpusInputs(index)): Steps<Corpus> {
  const docs: SourceDoc[] = [];
  for (let i = 0; i < inputs.notes.length; i++) {
    docs.push(docFromNote(inputs.notes[i]!, inputs.texts[i]!));
    yield;
  }
  return yield* corpusSteps(docs);
}

/**
 * Gaps of the problems with their `perGap` best unlinked sources, and unread sources ranked by the gaps they may
 * fill. Each gap is ranked once; both parts come from that ranking.
 */
export function nextReport(index: IndexReader, options: NextOptions = {}): NextReport {
  return drain(nextReportSteps(index, options));
}

/** nextReport pausing after each source note read and each gap ranked (see core/steps.ts). */
export function* nextReportSteps(index: IndexReader, options: NextOptions = {}): Steps<NextReport> {
  let problems: ProblemTree[];
  if (options.problem === undefined) problems = index.problems();
  else {
    const tree = index.problemTree(options.problem);
    problems = tree ? [tree] : [];
  }
  const kept = uniqueGaps(problems);
  if (kept.length === 0) return { gaps: [], unread: [] };
  const corpus = options.corpus ?? (yield* corpusOfSteps(index));
  const perGap = Math.max(0, options.perGap ?? DEFAULT_PER_GAP);
  // Each gap keeps only what is shown and what the unread ranking reads: memory grows with gaps, not gaps × sources.
  const keep = Math.max(perGap, UNREAD_TOP_K);
  const ranked = yield* rankGapsSteps(corpus, kept.map(({ gap }) => gap), options.minScore, keep);
  const rankings = kept.map(({ gap }, i) => ({ gapId: gap.id, suggestions: ranked[i] ?? [] }));
  const gaps = kept.map(({ problem, gap, node }, i): NextGap => ({
    id: gap.id,
    problem: { path: problem.path, title: problem.title },
    text: gap.text,
    path: node?.path ?? problem.path,
    line: node?.line ?? 0,
    ancestors: gap.ancestors,
    suggestions: (rankings[i]?.suggestions ?? []).slice(0, perGap).map((s) => ({ ...s, score: round(s.score) })),
  }));
  const unread = rankUnreadFrom(rankings).map((u) => ({ ...u, strength: round(u.strength) }));
  return { gaps, unread };
}

interface FoundGap {
  problem: ProblemTree;
  gap: Gap;
  node: TreeNode | undefined;
}

/**
 * A note hung under another problem with `parent::` is a problem of its own too: its gaps show up in both trees.
 * Each gap is kept once, where it has the most context (the most ancestors), at that place in the order.
 */
function uniqueGaps(problems: readonly ProblemTree[]): FoundGap[] {
  const found: FoundGap[] = [];
  const best = new Map<string, FoundGap>();
  for (const problem of problems) {
    const nodes = new Map<string, TreeNode>();
    addNodes(problem.root, nodes);
    for (const gap of gapsFromProblems([problem])) {
      const entry = { problem, gap, node: nodes.get(gap.id) };
      found.push(entry);
      const seen = best.get(gap.id);
      if (!seen || gap.ancestors.length > seen.gap.ancestors.length) best.set(gap.id, entry);
    }
  }
  return found.filter((entry) => best.get(entry.gap.id) === entry);
}

function addNodes(root: TreeNode, map: Map<string, TreeNode>): void {
  const stack = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    map.set(gapId(node), node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
