// Markdown outlines: export trees as nested `- ` lists, import pasted lists (bullets, numbers, `1.1`-style sub-items).
import type { ProblemTree } from "../model";
import { parseHeadingLine } from "../parse/outline";
import { readItemContent, writeItemContent } from "./markdown-line";
import { type ImportResult, type OutlineDocument, type OutlineNode, toDocument } from "./outline";

export interface MarkdownOptions {
  /** Spaces per nesting level (no tabs): 2 or 4; default 2. */
  indent?: 2 | 4;
  marker?: "-" | "*" | "+";
  /** Write `# title` above each problem's list; default true for problems, false for bare outlines. */
  headings?: boolean;
}

type Exportable = ProblemTree | ProblemTree[] | OutlineDocument | OutlineNode[];

/** A nested list; `^blockid` anchors kept, heading anchors dropped (the heading becomes an item), statuses as `[status:: x]`. */
export function toMarkdown(input: Exportable, opts: MarkdownOptions = {}): string {
  const docs = documentsOf(input);
  const headings = opts.headings ?? (!Array.isArray(input) || (input.length > 0 && isProblem(input[0])));
  const parts = docs.map((doc) => {
    const list = listLines(doc.roots, opts).join("\n");
    if (!headings || doc.title === undefined) return list;
    return `# ${oneLine(doc.title)}${list === "" ? "" : `\n\n${list}`}`;
  });
  const text = parts.filter((p) => p !== "").join("\n\n");
  return text === "" ? "" : `${text}\n`;
}

/** The list lines of an outline, one per node. */
export function listLines(roots: readonly OutlineNode[], opts: MarkdownOptions = {}, depth = 0): string[] {
  const unit = " ".repeat(opts.indent ?? 2);
  const marker = opts.marker ?? "-";
  const lines: string[] = [];
  const visit = (nodes: readonly OutlineNode[], level: number): void => {
    for (const node of nodes) {
      const content = writeItemContent(node);
      lines.push(`${unit.repeat(level)}${marker}${content === "" ? "" : ` ${content}`}`);
      visit(node.children, level + 1);
    }
  };
  visit(roots, depth);
  return lines;
}

/** A new problem note: `tags: [problem]` frontmatter, `# title`, the nested list. */
export function newProblemNote(title: string, roots: readonly OutlineNode[], opts: MarkdownOptions = {}): string {
  const list = listLines(roots, opts).join("\n");
  const head = `---\ntags: [problem]\n---\n\n# ${oneLine(title)}\n`;
  return list === "" ? head : `${head}\n${list}\n`;
}

function documentsOf(input: Exportable): { title?: string; roots: OutlineNode[] }[] {
  if (Array.isArray(input)) {
    if (input.length > 0 && isProblem(input[0])) return (input as ProblemTree[]).map(toDocument);
    return [{ roots: input as OutlineNode[] }];
  }
  return [isProblem(input) ? toDocument(input) : input];
}

function isProblem(value: unknown): value is ProblemTree {
  return typeof value === "object" && value !== null && "root" in value;
}

function oneLine(text: string): string {
  return text.replace(/[ \t\r\n]+/g, " ").trim();
}

// ---- Import ----

type Token =
  | { kind: "heading"; level: number; raw: string }
  | { kind: "item"; indent: number; ordered: boolean; numbering: number[]; raw: string }
  | { kind: "text"; indent: number };

const EMPTY_HEADING = /^ {0,3}(#{1,6})(?:[ \t][ \t#]*)?$/;
const DOTTED = /^([ \t]*)(\d{1,9}(?:\.\d{1,9})+)[.)]?(?:[ \t]+(.*))?$/;
const ITEM = /^([ \t]*)([-*+•‣◦▪●]|\d{1,9}[.)])(?:[ \t]+(.*))?$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE = /^[ \t]*(`{3,}|~{3,})/;

/** Reads a pasted nested list (and the headings around it) into an outline; never throws. */
export function parseMarkdownOutline(text: string): ImportResult {
  try {
    if (typeof text !== "string") return { ok: false, error: "Markdown input is not text" };
    const tokens = tokenize(text);
    const h1 = tokens.filter((t) => t.kind === "heading" && t.level === 1);
    const first = tokens.find((t) => t.kind !== "text");
    let title: string | undefined;
    if (first !== undefined && h1.length === 1 && first === h1[0] && first.kind === "heading") {
      title = readItemContent(first.raw).text;
      tokens.splice(tokens.indexOf(first), 1);
    }
    const roots = buildTree(tokens);
    if (roots.length === 0 && title === undefined) return { ok: false, error: "No list items or headings found" };
    return title === undefined ? { ok: true, roots } : { ok: true, roots, title };
  } catch (e) {
    return { ok: false, error: `Could not read the outline: ${e instanceof Error ? e.message : String(e)}` };
  }
}

function tokenize(text: string): Token[] {
  const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r\n|\n|\r/);
  const tokens: Token[] = [];
  let i = skipFrontmatter(lines);
  let fence: string | null = null;
  let previous: Token | null = null;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const fenceMatch = FENCE.exec(line);
    if (fence !== null) {
      if (fenceMatch?.[1]?.startsWith(fence)) fence = null;
      continue;
    }
    if (fenceMatch?.[1] !== undefined) {
      fence = fenceMatch[1];
      previous = null;
      continue;
    }
    if (line.trim() === "") {
      previous = null;
      continue;
    }
    const token = lineToken(line);
    if (token.kind === "text" && previous?.kind === "item" && token.indent > 0) {
      previous.raw += ` ${line.trim()}`;
      continue;
    }
    tokens.push(token);
    previous = token.kind === "item" ? token : null;
  }
  return tokens;
}

/** An ATX heading's level and text without its closing `#`s (the note parser's reading); an empty heading has text "". */
function readHeading(line: string): { level: number; raw: string } | null {
  const heading = parseHeadingLine(line);
  if (heading) return { level: heading.level, raw: line.slice(heading.textStart, heading.textEnd) };
  const empty = EMPTY_HEADING.exec(line);
  return empty?.[1] ? { level: empty[1].length, raw: "" } : null;
}

function lineToken(line: string): Token {
  const heading = readHeading(line);
  if (heading) return { kind: "heading", level: heading.level, raw: heading.raw };
  const dotted = DOTTED.exec(line);
  if (dotted) {
    const numbering = (dotted[2] ?? "").split(".").map(Number);
    return { kind: "item", indent: columns(dotted[1] ?? ""), ordered: true, numbering, raw: dotted[3] ?? "" };
  }
  if (!THEMATIC_BREAK.test(line)) {
    const item = ITEM.exec(line);
    if (item?.[2] !== undefined) {
      const ordered = /\d/.test(item[2]);
      const numbering = ordered ? [parseInt(item[2], 10)] : [];
      return { kind: "item", indent: columns(item[1] ?? ""), ordered, numbering, raw: item[3] ?? "" };
    }
  }
  return { kind: "text", indent: columns(/^[ \t]*/.exec(line)?.[0] ?? "") };
}

function skipFrontmatter(lines: string[]): number {
  if (lines[0]?.trimEnd() !== "---") return 0;
  for (let i = 1; i < lines.length; i++) {
    const l = (lines[i] ?? "").trimEnd();
    if (l === "---" || l === "...") return i + 1;
  }
  return 0;
}

/** Visual width of leading whitespace, a tab reaching the next multiple of 4. */
function columns(ws: string): number {
  let col = 0;
  for (const ch of ws) col = ch === "\t" ? col + 4 - (col % 4) : col + 1;
  return col;
}

interface Entry {
  indent: number;
  node: OutlineNode;
  siblings: OutlineNode[];
}

/** Nesting: headings by level, items by indentation under the heading above; `N.M` items under item N. */
function buildTree(tokens: Token[]): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const headings: { level: number; node: OutlineNode }[] = [];
  const numbers = new WeakMap<OutlineNode, number[]>();
  let items: Entry[] = [];
  let lastOrdered: { entry: Entry; ancestors: Entry[] } | null = null;
  const headingList = (): OutlineNode[] => headings[headings.length - 1]?.node.children ?? roots;

  for (const token of tokens) {
    if (token.kind === "text") {
      if (token.indent === 0) {
        items = [];
        lastOrdered = null;
      }
      continue;
    }
    if (token.kind === "heading") {
      while ((headings[headings.length - 1]?.level ?? 0) >= token.level) headings.pop();
      const node = newNode(token.raw);
      node.anchor = node.text;
      headingList().push(node);
      headings.push({ level: token.level, node });
      items = [];
      lastOrdered = null;
      continue;
    }
    const node = newNode(token.raw);
    numbers.set(node, token.numbering);
    if (token.numbering.length > 1) {
      items = placeDotted(node, token.numbering, lastOrdered, headingList(), numbers);
      continue;
    }
    while ((items[items.length - 1]?.indent ?? -1) >= token.indent) items.pop();
    const siblings = items[items.length - 1]?.node.children ?? headingList();
    siblings.push(node);
    const entry = { indent: token.indent, node, siblings };
    if (token.ordered) lastOrdered = { entry, ancestors: [...items] };
    items.push(entry);
  }
  return roots;
}

/** Places a `N.M…` item under item N of the latest numbered list (by position, else by written number, else the last). */
function placeDotted(
  node: OutlineNode,
  numbering: number[],
  lastOrdered: { entry: Entry; ancestors: Entry[] } | null,
  fallback: OutlineNode[],
  numbers: WeakMap<OutlineNode, number[]>,
): Entry[] {
  const chain: Entry[] = lastOrdered ? [...lastOrdered.ancestors] : [];
  const baseIndent = lastOrdered?.entry.indent ?? 0;
  let list = lastOrdered?.entry.siblings ?? fallback;
  for (let depth = 0; depth < numbering.length - 1; depth++) {
    const n = numbering[depth] ?? 0;
    const parent =
      list[n - 1] ?? [...list].reverse().find((c) => numbers.get(c)?.[depth] === n) ?? list[list.length - 1];
    if (!parent) break;
    chain.push({ indent: baseIndent + depth / 100, node: parent, siblings: list });
    list = parent.children;
  }
  list.push(node);
  chain.push({ indent: baseIndent + (numbering.length - 1) / 100, node, siblings: list });
  return chain;
}

function newNode(raw: string): OutlineNode {
  const parts = readItemContent(raw);
  return { text: parts.text, anchor: parts.anchor, status: parts.status, children: [] };
}
