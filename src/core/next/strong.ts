// The suggestions worth showing unasked: close to the gap's best and sharing several words with the question itself.
import { stem, terms } from "./tokenize";

/** A suggestion must score at least this share of the gap's best one... */
export const STRONG_RELATIVE = 0.4;
/** ...and match at least this many distinct terms of the question's own text (its ancestors' words do not count). */
export const STRONG_MIN_TERMS = 2;

export interface StrongOptions {
  relative?: number;
  minTerms?: number;
}

/** How many distinct terms of `questionText` the matched words (`Suggestion.terms`, as written) stand for. */
export function ownTermsMatched(questionText: string, matched: readonly string[]): number {
  const own = new Set(terms(questionText));
  return new Set(matched.map((word) => stem(word.toLowerCase())).filter((t) => own.has(t))).size;
}

/** The strong suggestions of one gap, in the order given; the best is the highest score in `suggestions`. */
export function strongSuggestions<T extends { score: number; terms: readonly string[] }>(
  questionText: string,
  suggestions: readonly T[],
  opts: StrongOptions = {},
): T[] {
  const relative = opts.relative ?? STRONG_RELATIVE;
  const minTerms = opts.minTerms ?? STRONG_MIN_TERMS;
  const best = suggestions.reduce((max, s) => Math.max(max, s.score), 0);
  if (best <= 0) return [];
  return suggestions.filter((s) => s.score >= relative * best && ownTermsMatched(questionText, s.terms) >= minTerms);
}
