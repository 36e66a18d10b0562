// Tokens for ranking: lower-cased Unicode words, English stop words dropped, the rest reduced by the Porter stemmer.
import { stemmer } from "stemmer";
import { STOP_WORDS } from "./stop-words";

/** The Porter stem of a lower-case word ("abstractions" and "abstraction" both give "abstract"); numbers stay as written. */
export function stem(word: string): string {
  return /\d/.test(word) ? word : stemmer(word);
}

export interface Token {
  /** The stemmed term. */
  term: string;
  /** The word as written (lower case), for showing why a source matched. */
  word: string;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const match of text.normalize("NFKC").toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = match[0];
    if (STOP_WORDS.has(word) || (word.length === 1 && !/\d/.test(word))) continue;
    out.push({ term: stem(word), word });
  }
  return out;
}

export function terms(text: string): string[] {
  return tokenize(text).map((t) => t.term);
}
