// Reading suggestions for the plugin: the core gap report (core/next/report.ts), cached per index revision and problem.
import type { MosaicIndex } from "../core/index/mosaic-index";
import type { TreeNode } from "../core/model";
import {
  corpusInputs,
  corpusOfSteps,
  DEFAULT_PER_GAP,
  gapId,
  nextReport,
  nextReportSteps,
  sameCorpusInputs,
  strongSuggestions,
  type Corpus,
  type CorpusInputs,
  type NextGap,
  type NextReport,
} from "../core/next";
import { drain } from "../core/steps";
import { Slicer } from "./time-slices";
import type { SuggestedSource, SuggestionSource, UnreadSource } from "../ui/sidebar/suggestion-rows";

export type { NextGap, NextReport } from "../core/next";

/** Suggestions ranked per gap for the sidebar (before the weak ones are dropped). */
export const SUGGESTIONS_PER_GAP = DEFAULT_PER_GAP;

/**
 * One problem's suggestions for the sidebar, from its report (made on the first request). The whole report rather
 * than one gap at a time: the unread section, always shown, needs every gap ranked anyway.
 */
class ProblemSuggestions implements SuggestionSource {
  private readonly gaps = new Map<string, SuggestedSource[]>();
  private ranked = false;
  private unreadList: UnreadSource[] | null = null;

  constructor(private readonly report: () => NextReport) {}

  /** Ranks one gap's suggestions ahead of the render (the plugin does every gap in slices before showing them). */
  rank(gap: NextGap): void {
    const strong = strongSuggestions(gap.text, gap.suggestions);
    this.gaps.set(gap.id, strong.map((s) => ({ path: s.path, title: s.title, terms: s.terms, unread: s.unread })));
  }

  private byGap(): Map<string, SuggestedSource[]> {
    if (!this.ranked) {
      for (const gap of this.report().gaps) if (!this.gaps.has(gap.id)) this.rank(gap);
      this.ranked = true;
    }
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

/** A corpus being made in the background: of what, and the corpus (undefined when the job was dropped). */
interface CorpusJob {
  inputs: CorpusInputs;
  corpus: Promise<Corpus | undefined>;
}

/** Where the sidebar's reports are worked out in time slices instead of at once (the plugin; tests may leave it out). */
export interface InBackground {
  pause(): Promise<void>;
  sliceMs: number;
  /** A report asked for by forProblem is ready: the sidebar asks again. */
  ready(): void;
}

/**
 * The plugin's suggestion cache: reports are dropped when the index (or its revision) changes; the corpus only when
 * a source note or its text did (an edit to a problem leaves the sources as they were).
 */
export class ReadingSuggestions {
  private index: MosaicIndex | null = null;
  private revision = -1;
  private textRevision = -1;
  private corpus: { inputs: CorpusInputs; corpus: Corpus } | null = null;
  /** The corpus being made in the background, and of what. */
  private building: CorpusJob | null = null;
  private stopped = false;
  private readonly reports = new Map<string, NextReport>();
  private readonly problems = new Map<string, ProblemSuggestions>();
  /** The report being worked out in the background (of the current revision), and a counter that cancels it. */
  private preparing: string | null = null;
  private run = 0;

  constructor(
    private readonly currentIndex: () => MosaicIndex,
    private readonly background: InBackground | null = null,
  ) {}

  private fresh(): MosaicIndex {
    const index = this.currentIndex();
    if (index !== this.index || index.revision !== this.revision || index.textRevision !== this.textRevision) {
      this.index = index;
      this.revision = index.revision;
      this.textRevision = index.textRevision;
      // A report under way is of the index as it was: the next request starts one of the index as it is.
      this.preparing = null;
      this.reports.clear();
      this.problems.clear();
    }
    return index;
  }

  /** The report for one problem (or every problem), made once per index revision. Callers must not change it. */
  private cachedReport(problem: string | undefined, perGap: number): NextReport {
    const index = this.fresh();
    const key = reportKey(problem, perGap);
    let report = this.reports.get(key);
    if (!report) {
      const inputs = corpusInputs(index);
      const corpus = this.corpusOf(inputs) ?? drain(corpusOfSteps(index, inputs));
      this.corpus = { inputs, corpus };
      report = nextReport(index, { problem, perGap, corpus });
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
    // A problem with hundreds of questions in a big vault takes seconds to rank: shown once ready, never at once.
    if (this.background && !this.reports.has(reportKey(path, SUGGESTIONS_PER_GAP))) {
      this.prepare(index, path, this.background);
      return null;
    }
    const source = new ProblemSuggestions(() => this.cachedReport(path, SUGGESTIONS_PER_GAP));
    this.problems.set(path, source);
    return source;
  }

  /** Works out the sidebar's report of `path` in slices; dropped when the index changes meanwhile or another is asked for. */
  private prepare(index: MosaicIndex, path: string, background: InBackground): void {
    const key = reportKey(path, SUGGESTIONS_PER_GAP);
    if (this.preparing === key) return;
    this.preparing = key;
    const run = ++this.run;
    const revision = index.revision;
    const textRevision = index.textRevision;
    const stale = (): boolean =>
      this.stopped || run !== this.run || this.currentIndex() !== index || index.revision !== revision || index.textRevision !== textRevision;
    const slicer = new Slicer(() => background.pause(), background.sliceMs, stale);
    void (async () => {
      // Not in the caller's task (a render): listing the sources of a big vault takes milliseconds of its own.
      await background.pause();
      const corpus = stale() ? undefined : await this.corpusFor(index, corpusInputs(index), background);
      const report = corpus && !stale() ? await slicer.run(nextReportSteps(index, { problem: path, perGap: SUGGESTIONS_PER_GAP, corpus })) : undefined;
      if (run === this.run) this.preparing = null;
      if (!corpus || !report || stale() || this.index !== index) return;
      // Ranked here in slices too: a render that ranked 500 gaps itself was the longest block of a plugin start.
      const source = new ProblemSuggestions(() => report);
      for (const gap of report.gaps) {
        source.rank(gap);
        if (!(await slicer.tick())) return;
      }
      this.reports.set(key, report);
      this.problems.set(path, source);
      background.ready();
    })();
  }

  /**
   * The corpus of these inputs: made earlier, being made, or made now in slices. An edit that leaves the sources as
   * they are does not stop it (while typing in a problem, a corpus started over at every change might never be done).
   */
  private corpusFor(index: MosaicIndex, inputs: CorpusInputs, background: InBackground): Promise<Corpus | undefined> {
    const made = this.corpusOf(inputs);
    if (made) return Promise.resolve(made);
    if (this.building && sameCorpusInputs(this.building.inputs, inputs)) return this.building.corpus;
    const job: CorpusJob = { inputs, corpus: Promise.resolve(undefined) };
    // Set before the first slice runs: the slicer asks whether the job is still wanted as soon as that slice ends.
    this.building = job;
    const superseded = (): boolean => this.stopped || this.building !== job || this.currentIndex() !== index;
    job.corpus = new Slicer(() => background.pause(), background.sliceMs, superseded).run(corpusOfSteps(index, inputs)).then((corpus) => {
      if (corpus && !superseded()) this.corpus = { inputs, corpus };
      if (this.building === job) this.building = null;
      return corpus;
    });
    return job.corpus;
  }

  /** The corpus made earlier, when it was made of these very notes and texts. */
  private corpusOf(inputs: CorpusInputs): Corpus | null {
    return this.corpus && sameCorpusInputs(this.corpus.inputs, inputs) ? this.corpus.corpus : null;
  }

  /** Cancels the work in the background and starts no more (the plugin is unloading). */
  stop(): void {
    this.stopped = true;
    this.run++;
  }

  /** `next()` of the API: one problem's gaps, or (no path) every problem's; null when `problemPath` is no problem. */
  report(problemPath: string | undefined, perGap = DEFAULT_PER_GAP): NextReport | null {
    const index = this.fresh();
    if (problemPath !== undefined && !index.problemTree(problemPath)) return null;
    return this.cachedReport(problemPath, perGap);
  }
}

function reportKey(problem: string | undefined, perGap: number): string {
  return `${perGap}|${problem ?? ""}`;
}
