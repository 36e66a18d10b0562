// Tokens for ranking: lower-cased Unicode words, English stop words dropped, a light suffix stemmer.

const STOP_WORDS = new Set(
  (
    "a an and are as at be been being but by can could did do does doing for from had has have how i if in into is it " +
    "its just may me might more most my no not of on or our should so some such than that the their them then there " +
    "these they this those to too us very was we were what when where which while who whom why will with would you your"
  ).split(" "),
);

/** Strips plural `s`/`es`/`ies`, then `ing` (leaving a syllable) or `ed` (leaving four letters). */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(?:ss|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith("s") && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith("ing") && w.length >= 6 && /[aeiouy]/.test(w.slice(0, -3))) w = undouble(w.slice(0, -3));
  else if (w.endsWith("ed") && w.length >= 6) w = undouble(w.slice(0, -2));
  return w;
}

function undouble(w: string): string {
  return /([b-df-hj-km-np-rtv-z])\1$/.test(w) && !/(?:ll|ss|zz)$/.test(w) ? w.slice(0, -1) : w;
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
