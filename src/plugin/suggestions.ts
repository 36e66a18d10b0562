// Reading suggestions from the index (core BM25 over source notes), computed lazily per problem, cached per index revision.
import type { MosaicIndex } from "../core/index/mosaic-index";
import type { ProblemTree, TreeNode } from "../core/model";
import { buildCorpus, docFromNote, gapsFromProblems, rankUnread, suggestForGaps, type Corpus, type Gap, type Suggestion, type UnreadRank } from "../core/next";
import type { SuggestedSource, SuggestionSource, UnreadSource } from "../ui/sidebar/suggestion-rows";

/** Suggestions shown under one gap in the sidebar. */
export const SUGGESTIONS_PER_GAP = 3;

/** The id `gapsFromProblems` gives a node: `path#^block` where it has a block id, else `path:line`. */
export function gapId(node: Pick<TreeNode, "path" | "line" | "anchor">): string {
  return node.anchor?.startsWith("^") ? `${node.path}#${node.anchor}` : `${node.path}:${node.line}`;
}

/** One gap of `next()`: where the question is and the sources that may answer it. */
export interface NextGap {
  id: string;
  problem: { path: string; title: string };
  text: string;
  path: string;
  line: number;
  ancestors: string[];
  suggestions: Suggestion[];
}

export interface NextReport {
  gaps: NextGap[];
  unread: UnreadRank[];
}

/** A source document for every source note of the index. */
export function corpusOf(index: MosaicIndex): Corpus {
  const docs = [];
  for (const path of index.notePaths()) {
    const note = index.getNote(path);
    const text = index.getText(path);
    if (note?.kind === "source" && text !== undefined) docs.push(docFromNote(note, text));
  }
  return buildCorpus(docs);
}

function nodesById(root: TreeNode, map = new Map<string, TreeNode>()): Map<string, TreeNode> {
  map.set(gapId(root), root);
  for (const child of root.children) nodesById(child, map);
  return map;
}

/**
 * Gaps of `problems` with their best unlinked sources, and unread sources ranked by the gaps they may fill (what
 * `mosaic next` prints). A gap in a `parent::` note shows up in two trees; it is kept once, with the most context.
 */
export function nextReport(corpus: Corpus, problems: readonly ProblemTree[], perGap: number): NextReport {
  const best = new Map<string, { problem: ProblemTree; gap: Gap; node: TreeNode | undefined }>();
  const order: string[] = [];
  for (const problem of problems) {
    const nodes = nodesById(problem.root);
    for (const gap of gapsFromProblems([problem])) {
      const seen = best.get(gap.id);
      if (!seen) order.push(gap.id);
      if (!seen || gap.ancestors.length > seen.gap.ancestors.length) best.set(gap.id, { problem, gap, node: nodes.get(gap.id) });
    }
  }
  const kept = order.flatMap((id) => {
    const entry = best.get(id);
    return entry ? [entry] : [];
  });
  const suggested = suggestForGaps(corpus, kept.map((e) => e.gap), { perGap });
  const gaps = kept.map(({ problem, gap, node }, i): NextGap => ({
    id: gap.id,
    problem: { path: problem.path, title: problem.title },
    text: gap.text,
    path: node?.path ?? problem.path,
    line: node?.line ?? 0,
    ancestors: [...gap.ancestors],
    suggestions: (suggested[i]?.suggestions ?? []).map((s) => ({ ...s, terms: [...s.terms] })),
  }));
  return { gaps, unread: rankUnread(corpus, kept.map((e) => e.gap)) };
}

/** One problem's suggestions for the sidebar: each gap ranked on first request, the unread list likewise. */
class ProblemSuggestions implements SuggestionSource {
  private gaps: Map<string, Gap> | null = null;
  private readonly perGap = new Map<string, SuggestedSource[]>();
  private unreadList: UnreadSource[] | null = null;

  constructor(
    private readonly corpus: () => Corpus,
    private readonly problem: ProblemTree,
  ) {}

  private gapMap(): Map<string, Gap> {
    this.gaps ??= new Map(gapsFromProblems([this.problem]).map((g) => [g.id, g]));
    return this.gaps;
  }

  forGap(node: TreeNode): SuggestedSource[] {
    const id = gapId(node);
    const cached = this.perGap.get(id);
    if (cached) return cached;
    const gap = this.gapMap().get(id);
    const found = gap ? (suggestForGaps(this.corpus(), [gap], { perGap: SUGGESTIONS_PER_GAP })[0]?.suggestions ?? []) : [];
    const list = found.map((s) => ({ path: s.path, title: s.title, terms: s.terms, unread: s.unread }));
    this.perGap.set(id, list);
    return list;
  }

  unread(): UnreadSource[] {
    if (this.unreadList) return this.unreadList;
    const gaps = this.gapMap();
    this.unreadList = rankUnread(this.corpus(), [...gaps.values()]).map((u) => ({
      path: u.path,
      title: u.title,
      gaps: u.gapIds.map((id) => gaps.get(id)?.text ?? id),
    }));
    return this.unreadList;
  }
}

/** The plugin's suggestion cache: everything is dropped when the index (or its revision) changes. */
export class ReadingSuggestions {
  private index: MosaicIndex | null = null;
  private revision = -1;
  private corpus: Corpus | null = null;
  private readonly problems = new Map<string, ProblemSuggestions>();

  constructor(private readonly currentIndex: () => MosaicIndex) {}

  private fresh(): MosaicIndex {
    const index = this.currentIndex();
    if (index !== this.index || index.revision !== this.revision) {
      this.index = index;
      this.revision = index.revision;
      this.corpus = null;
      this.problems.clear();
    }
    return index;
  }

  private getCorpus(): Corpus {
    const index = this.fresh();
    this.corpus ??= corpusOf(index);
    return this.corpus;
  }

  /** The same object for the same problem until the index changes (the sidebar compares it to skip re-renders). */
  forProblem(path: string): SuggestionSource | null {
    const index = this.fresh();
    const cached = this.problems.get(path);
    if (cached) return cached;
    const tree = index.problemTree(path);
    if (!tree) return null;
    const source = new ProblemSuggestions(() => this.getCorpus(), tree);
    this.problems.set(path, source);
    return source;
  }

  /** `next()` of the API: one problem's gaps, or (no path) every problem's. */
  report(problemPath: string | undefined, perGap = SUGGESTIONS_PER_GAP): NextReport | null {
    const index = this.fresh();
    let problems: ProblemTree[];
    if (problemPath === undefined) problems = index.problems();
    else {
      const tree = index.problemTree(problemPath);
      if (!tree) return null;
      problems = [tree];
    }
    return nextReport(this.getCorpus(), problems, perGap);
  }
}
