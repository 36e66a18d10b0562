// The text as the Lens platform publishes it: every pending CriticMarkup change rejected, `%%` comments dropped,
// with every kept character on its own line of the file (the line breaks of removed text stay where they were).

interface Markup {
  open: string;
  close: string;
  /** `~>` for a substitution: the old side (before it) is kept. */
  split?: string;
  /** Whether the (old) inner text stays. */
  keepsInner: boolean;
}

// In the platform's order; each pass sees the result of the one before.
const CRITIC: readonly Markup[] = [
  { open: "{>>", close: "<<}", keepsInner: false },
  { open: "{++", close: "++}", keepsInner: false },
  { open: "{--", close: "--}", keepsInner: true },
  { open: "{~~", close: "~~}", split: "~>", keepsInner: true },
  { open: "{==", close: "==}", keepsInner: true },
];

function breaks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) n++;
  }
  return n;
}

/** Where the inner text starts: after a `{json}@@` metadata prefix when there is one. */
function innerStart(text: string, at: number): number {
  if (text.charAt(at) !== "{") return at;
  const end = text.indexOf("}", at + 1);
  return end !== -1 && text.startsWith("@@", end + 1) ? end + 3 : at;
}

/**
 * One kind of markup replaced by what the platform keeps, in linear time: the first closer after an opener ends it,
 * and once an opener has no closer after it, no later one has either.
 */
function replaceMarkup(text: string, m: Markup): string {
  const out: string[] = [];
  let copied = 0;
  let open = text.indexOf(m.open);
  while (open !== -1) {
    const inner = m.keepsInner ? innerStart(text, open + m.open.length) : open + m.open.length;
    const innerEnd = m.split ? text.indexOf(m.split, inner) : inner;
    if (innerEnd === -1) break;
    const close = text.indexOf(m.close, m.split ? innerEnd + m.split.length : inner);
    if (close === -1) break;
    const end = close + m.close.length;
    const kept = m.keepsInner ? text.slice(inner, m.split ? innerEnd : close) : "";
    out.push(text.slice(copied, open), kept, "\n".repeat(breaks(text.slice(open, end)) - breaks(kept)));
    copied = end;
    open = text.indexOf(m.open, end);
  }
  if (copied === 0) return text;
  out.push(text.slice(copied));
  return out.join("");
}

/** True when the text may hold CriticMarkup (cheap pre-check; most notes have none). */
export function hasCriticMarkup(text: string): boolean {
  return /\{(?:\+\+|--|~~|==|>>)/.test(text);
}

/** Reject every pending change: comments and insertions go, deletions and the old side of substitutions stay. */
export function rejectCriticMarkup(text: string): string {
  if (!hasCriticMarkup(text)) return text;
  let out = text;
  for (const markup of CRITIC) out = replaceMarkup(out, markup);
  return out;
}

/** Drops `%% comments %%` (also across lines), keeping line numbers. */
export function stripObsidianComments(text: string): string {
  if (!text.includes("%%")) return text;
  return replaceMarkup(text, { open: "%%", close: "%%", keepsInner: false });
}
