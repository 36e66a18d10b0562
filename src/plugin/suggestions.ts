// Reading suggestions for the plugin: the core gap report (core/next/report.ts), cached per index revision and problem.
import type { MosaicIndex } from "../core/index/mosaic-index";
import type { TreeNode } from "../core/model";
import { corpusOf, DEFAULT_PER_GAP, gapId, nextReport, strongSuggestions, type Corpus, type NextReport } from "../core/next";
import type { SuggestedSource, SuggestionSource, UnreadSource } from "../ui/sidebar/suggestion-rows";

export type { NextGap, NextReport } from "../core/next";

/** Suggestions ranked per gap for the sidebar (before the weak ones are dropped). */
export const SUGGESTIONS_PER_GAP = DEFAULT_PER_GAP;

/**
 * One problem's suggestions for the sidebar, from its report (made on the first request). The whole report rather
 * than one gap at a time: the unread section, always shown, needs every gap ranked anyway.
 */
class ProblemSuggestions implements SuggestionSource {
  private gaps: Map<string, SuggestedSource[]> | null = null;
  private unreadList: UnreadSource[] | null = null;

  constructor(private readonly report: () => NextReport) {}

  private byGap(): Map<string, SuggestedSource[]> {
    this.gaps ??= new Map(
      this.report().gaps.map((g) => [
        g.id,
        strongSuggestions(g.text, g.suggestions).map((s) => ({ path: s.path, title: s.title, terms: s.terms, unread: s.unread })),
      ]),
    );
    return this.gaps;
  }

  forGap(node: TreeNode): SuggestedSource[] {
    return this.byGap().get(gapId(node)) ?? [];
  }

  unread(): UnreadSource[] {
    if (this.unreadList) return this.unreadList;
    const report = this.report();
    const texts = new Map(report.gaps.map((g) => [g.id, g.text]));
    this.unreadList = report.unread.map((u) => ({ path: u.path, title: u.title, gaps: u.gapIds.map((id) => texts.get(id) ?? id) }));
    return this.unreadList;
  }
}

/** The plugin's suggestion cache: everything is dropped when the index (or its revision) changes. */
export class ReadingSuggestions {
  private index: MosaicIndex | null = null;
  private revision = -1;
  private corpus: Corpus | null = null;
  private readonly reports = new Map<string, NextReport>();
  private readonly problems = new Map<string, ProblemSuggestions>();

  constructor(private readonly currentIndex: () => MosaicIndex) {}

  private fresh(): MosaicIndex {
    const index = this.currentIndex();
    if (index !== this.index || index.revision !== this.revision) {
      this.index = index;
      this.revision = index.revision;
      this.corpus = null;
      this.reports.clear();
      this.problems.clear();
    }
    return index;
  }

  /** The report for one problem (or every problem), made once per index revision. Callers must not change it. */
  private cachedReport(problem: string | undefined, perGap: number): NextReport {
    const index = this.fresh();
    const key = `${perGap}|${problem ?? ""}`;
    let report = this.reports.get(key);
    if (!report) {
      this.corpus ??= corpusOf(index);
      report = nextReport(index, { problem, perGap, corpus: this.corpus });
      this.reports.set(key, report);
    }
    return report;
  }

  /** The same object for the same problem until the index changes (the sidebar compares it to skip re-renders). */
  forProblem(path: string): SuggestionSource | null {
    const index = this.fresh();
    const cached = this.problems.get(path);
    if (cached) return cached;
    if (!index.problemTree(path)) return null;
    const source = new ProblemSuggestions(() => this.cachedReport(path, SUGGESTIONS_PER_GAP));
    this.problems.set(path, source);
    return source;
  }

  /** `next()` of the API: one problem's gaps, or (no path) every problem's; null when `problemPath` is no problem. */
  report(problemPath: string | undefined, perGap = DEFAULT_PER_GAP): NextReport | null {
    const index = this.fresh();
    if (problemPath !== undefined && !index.problemTree(problemPath)) return null;
    return this.cachedReport(problemPath, perGap);
  }
}
