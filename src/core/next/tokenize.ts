// Tokens for ranking: lower-cased Unicode words, English stop words dropped, the rest reduced by the Porter stemmer.
import { stemmer } from "stemmer";
import { STOP_WORDS } from "./stop-words";

const WORD = /[\p{L}\p{N}]+/gu;
const DIGIT = /\d/;

/**
 * Stems already worked out, by word: a vault repeats a few tens of thousands of words millions of times, and the
 * stemmer's dozen patterns per word were most of the time a corpus took. Emptied when full, so it stays bounded.
 */
const stems = new Map<string, string>();
const MAX_STEMS = 1 << 17;

/** The Porter stem of a lower-case word ("abstractions" and "abstraction" both give "abstract"); numbers stay as written. */
export function stem(word: string): string {
  let term = stems.get(word);
  if (term === undefined) {
    if (stems.size >= MAX_STEMS) stems.clear();
    term = DIGIT.test(word) ? word : stemmer(word);
    stems.set(word, term);
  }
  return term;
}

export interface Token {
  /** The stemmed term. */
  term: string;
  /** The word as written (lower case), for showing why a source matched. */
  word: string;
}

/** Every word of the text, lower-cased, in order: stop words and single letters too (see `isRankedWord`). */
export function rawWords(text: string): string[] {
  return text.normalize("NFKC").toLowerCase().match(WORD) ?? [];
}

/** Whether a lower-cased word counts for ranking: not a stop word, not a single letter (a single digit counts). */
export function isRankedWord(word: string): boolean {
  return !STOP_WORDS.has(word) && !(word.length === 1 && !DIGIT.test(word));
}

/** The words that count, lower-cased, in order. */
function words(text: string): string[] {
  const all = rawWords(text);
  let kept = 0;
  for (const word of all) if (isRankedWord(word)) all[kept++] = word;
  all.length = kept;
  return all;
}

export function tokenize(text: string): Token[] {
  return words(text).map((word) => ({ term: stem(word), word }));
}

export function terms(text: string): string[] {
  const out = words(text);
  for (let i = 0; i < out.length; i++) out[i] = stem(out[i]!);
  return out;
}
