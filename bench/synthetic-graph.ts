// Seeded mosaic-shaped graphs (problems heading question trees, notes linking to them) for the graph bench and tests.
import type { GraphData, GraphNode, GraphNodeKind } from "../src/core/graph/graph-data";

/** Mulberry32: a small seeded generator, so every run draws the same graph. */
function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A mosaic-shaped graph: 2% problems heading trees of questions (60% of nodes) and sources, modules and outcomes
 * linking to questions; `n` nodes and `2n` links, the same for the same seed.
 */
export function syntheticGraph(n: number, seed = 42): GraphData {
  const random = rng(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)] as T;
  const nodes: GraphNode[] = [];
  const problems = Math.max(1, Math.round(n * 0.02));
  const questions = Math.round(n * 0.6);
  const others: GraphNodeKind[] = ["source", "source", "source", "module", "learning-outcome", "lens", "other"];
  for (let i = 0; i < n; i++) {
    const kind: GraphNodeKind = i < problems ? "problem" : i < problems + questions ? "question" : pick(others);
    const path = kind === "question" ? `Problems/P${i % problems}.md` : `${kind}/Note ${i}.md`;
    nodes.push({
      id: kind === "question" ? `${path}#${i}` : path,
      kind,
      label: kind === "question" ? `Question ${i}: how would we know?` : `Note ${i}`,
      path,
      line: kind === "question" ? i : null,
      gap: false,
      weight: 0,
    });
  }
  const links: GraphData["links"] = [];
  const keys = new Set<string>();
  const add = (a: GraphNode, b: GraphNode, relation: string): void => {
    const key = `${a.id}\n${b.id}`;
    if (a === b || keys.has(key)) return;
    keys.add(key);
    links.push({ source: a.id, target: b.id, relation });
  };
  // Tree links: every question hangs under a problem or an earlier question.
  for (let i = problems; i < problems + questions; i++) {
    const parentIndex = random() < 0.25 || i === problems ? Math.floor(random() * problems) : problems + Math.floor(random() * (i - problems));
    const parent = nodes[parentIndex];
    const child = nodes[i];
    if (parent && child) add(parent, child, "subquestion");
  }
  const questionNodes = nodes.slice(problems, problems + questions);
  const rest = nodes.slice(problems + questions);
  let guard = 0;
  while (links.length < 2 * n && guard++ < 20 * n) {
    const from = rest.length > 0 && random() < 0.8 ? pick(rest) : pick(nodes);
    const to = random() < 0.7 && questionNodes.length > 0 ? pick(questionNodes) : pick(nodes);
    add(from, to, random() < 0.6 ? "addresses" : "link");
  }
  const inbound = new Map<string, number>();
  for (const l of links) if (l.relation !== "subquestion") inbound.set(l.target, (inbound.get(l.target) ?? 0) + 1);
  const hasChild = new Set(links.filter((l) => l.relation === "subquestion").map((l) => l.source));
  for (const node of nodes) {
    node.weight = inbound.get(node.id) ?? 0;
    node.gap = node.kind === "question" && !hasChild.has(node.id) && node.weight === 0;
  }
  return { nodes, links };
}
