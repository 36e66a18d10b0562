// What to read next: local ranking of source notes against a problem's unanswered questions.
export { buildCorpus, buildQuery, scoreAll, type Corpus, type SourceDoc, K1, B, TITLE_BOOST } from "./bm25";
export {
  suggestForGaps,
  MIN_SCORE,
  rankForGap,
  rankGaps,
  rankUnread,
  rankUnreadFrom,
  type Gap,
  type Suggestion,
  type GapSuggestions,
  type UnreadRank,
  type RankOptions,
} from "./suggest";
export { docFromNote, gapsFromProblems } from "./from-index";
export { tokenize, stem } from "./tokenize";
export { strongSuggestions, ownTermsMatched, STRONG_RELATIVE, STRONG_MIN_TERMS, type StrongOptions } from "./strong";
export {
  nextReport,
  nextReportSteps,
  corpusOf,
  corpusOfSteps,
  corpusInputs,
  sameCorpusInputs,
  gapId,
  DEFAULT_PER_GAP,
  type NextReport,
  type NextGap,
  type NextSuggestion,
  type NextUnread,
  type NextOptions,
  type CorpusInputs,
} from "./report";
