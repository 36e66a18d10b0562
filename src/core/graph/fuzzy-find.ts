// Fuzzy search over graph nodes by title and alias: whole-word and substring hits first, then letters in order.
import type { GraphNode } from "./graph-data";

export interface FuzzyHit {
  node: GraphNode;
  score: number;
}

function fold(text: string): string {
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

/** How well `query` (already folded) matches `text`: higher is better, 0 is no match. */
export function matchScore(query: string, text: string): number {
  const t = fold(text);
  if (query === "") return 0;
  const at = t.indexOf(query);
  if (at >= 0) {
    const wordStart = at === 0 || /[^a-z0-9]/.test(t.charAt(at - 1));
    // Shorter titles win among equal hits: "Agents" before "Open problems in understanding agents".
    return 1000 + (at === 0 ? 400 : wordStart ? 200 : 0) - Math.min(300, t.length);
  }
  // Every query letter in order; fewer and shorter gaps score higher.
  let pos = -1;
  let gaps = 0;
  let starts = 0;
  for (const ch of query) {
    if (ch === " ") continue;
    const found = t.indexOf(ch, pos + 1);
    if (found < 0) return 0;
    if (found > pos + 1) gaps += Math.min(10, found - pos - 1);
    if (found === 0 || /[^a-z0-9]/.test(t.charAt(found - 1))) starts++;
    pos = found;
  }
  const score = 500 + 20 * starts - 4 * gaps - Math.min(200, t.length);
  return score > 0 ? score : 1;
}

/** The best `limit` nodes for `query` by label or alias, best first; ties by label. */
export function fuzzyFind(nodes: readonly GraphNode[], query: string, limit = 20): FuzzyHit[] {
  const q = fold(query.trim()).replace(/\s+/g, " ");
  if (q === "") return [];
  const hits: FuzzyHit[] = [];
  for (const node of nodes) {
    let score = matchScore(q, node.label);
    for (const alias of node.aliases ?? []) score = Math.max(score, matchScore(q, alias) - 1);
    if (score > 0) hits.push({ node, score });
  }
  hits.sort((a, b) => b.score - a.score || a.node.label.localeCompare(b.node.label));
  return hits.slice(0, limit);
}
