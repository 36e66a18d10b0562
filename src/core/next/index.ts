// What to read next: local BM25 ranking of source notes against a problem's unanswered questions.
export { buildCorpus, buildQuery, scoreAll, type Corpus, type SourceDoc, K1, B, TITLE_BOOST } from "./bm25";
export { suggestForGaps, rankUnread, type Gap, type Suggestion, type GapSuggestions, type UnreadRank, type RankOptions } from "./suggest";
export { docFromNote, gapsFromProblems } from "./from-index";
export { tokenize, stem } from "./tokenize";
