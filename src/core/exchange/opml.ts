// OPML 2.0: export trees as `<outline>` elements, and a small forgiving reader that never throws.
import type { ProblemTree } from "../model";
import { type ImportResult, type OutlineDocument, type OutlineNode, toDocument } from "./outline";

type Exportable = ProblemTree | ProblemTree[] | OutlineDocument;

/**
 * One problem: `<head><title>` is its title and `<body>` holds its questions. Several problems: each is a
 * top-level `<outline>` (with `_path`) holding its questions.
 */
export function toOpml(input: Exportable, opts: { title?: string } = {}): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<opml version="2.0">', "  <head>"];
  let body: string[];
  let title: string;
  if (Array.isArray(input)) {
    title = opts.title ?? "Alignment Mosaic";
    body = input.flatMap((tree) => {
      const doc = toDocument(tree);
      const attrs = ` text="${escapeXml(doc.title)}" _path="${escapeXml(tree.path)}"`;
      if (doc.roots.length === 0) return [`    <outline${attrs}/>`];
      return [`    <outline${attrs}>`, ...outlineLines(doc.roots, 3), "    </outline>"];
    });
  } else {
    const doc = "root" in input ? toDocument(input) : input;
    title = opts.title ?? doc.title;
    body = outlineLines(doc.roots, 2);
  }
  lines.push(`    <title>${escapeXml(title)}</title>`, "  </head>", "  <body>", ...body, "  </body>", "</opml>");
  return `${lines.join("\n")}\n`;
}

function outlineLines(nodes: readonly OutlineNode[], depth: number): string[] {
  const pad = "  ".repeat(depth);
  return nodes.flatMap((node) => {
    let attrs = ` text="${escapeXml(node.text)}"`;
    if (node.anchor !== null) attrs += ` _anchor="${escapeXml(node.anchor)}"`;
    if (node.status !== null) attrs += ` _status="${escapeXml(node.status)}"`;
    if (node.children.length === 0) return [`${pad}<outline${attrs}/>`];
    return [`${pad}<outline${attrs}>`, ...outlineLines(node.children, depth + 1), `${pad}</outline>`];
  });
}

/**
 * Escapes for both text and attribute values. Characters XML 1.0 cannot hold (C0 controls other than tab and
 * line breaks, lone surrogates, U+FFFE/U+FFFF) are removed; tab and line breaks become character references so
 * attribute normalisation keeps them.
 */
export function escapeXml(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === "&") out += "&amp;";
    else if (ch === "<") out += "&lt;";
    else if (ch === ">") out += "&gt;";
    else if (ch === '"') out += "&quot;";
    else if (ch === "'") out += "&apos;";
    else if (ch === "\t" || ch === "\n" || ch === "\r") out += `&#${code};`;
    else if (code < 0x20 || (code >= 0xd800 && code <= 0xdfff) || code === 0xfffe || code === 0xffff) continue;
    else out += ch;
  }
  return out;
}

// ---- Import ----

interface Frame {
  node: OutlineNode | null;
  children: OutlineNode[];
}

const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;

/** Reads the `<outline>` elements of an OPML document (attributes `text`, `_anchor`, `_status`); never throws. */
export function parseOpml(xml: string): ImportResult {
  try {
    return readOpml(typeof xml === "string" ? xml : "");
  } catch (e) {
    return { ok: false, error: `Could not read the OPML: ${e instanceof Error ? e.message : String(e)}` };
  }
}

function readOpml(xml: string): ImportResult {
  const roots: OutlineNode[] = [];
  const problems = new WeakSet<OutlineNode>();
  const stack: Frame[] = [];
  const open: string[] = [];
  let sawOpml = false;
  let sawBody = false;
  let inBody = false;
  let title: string | undefined;
  let titleStart = -1;
  let pos = 0;
  const fail = (message: string, at: number): ImportResult => ({
    ok: false,
    error: `OPML line ${lineAt(xml, at)}: ${message}`,
  });

  while (pos < xml.length) {
    const lt = xml.indexOf("<", pos);
    if (lt < 0) break;
    if (xml.startsWith("<!--", lt)) {
      const end = xml.indexOf("-->", lt + 4);
      if (end < 0) return fail("unclosed comment", lt);
      pos = end + 3;
      continue;
    }
    if (xml.startsWith("<![CDATA[", lt)) {
      const end = xml.indexOf("]]>", lt);
      if (end < 0) return fail("unclosed CDATA section", lt);
      pos = end + 3;
      continue;
    }
    if (xml.startsWith("<?", lt) || xml.startsWith("<!", lt)) {
      const end = xml.indexOf(">", lt);
      if (end < 0) return fail("unclosed declaration", lt);
      pos = end + 1;
      continue;
    }
    const closing = xml[lt + 1] === "/";
    NAME.lastIndex = lt + (closing ? 2 : 1);
    const nameMatch = NAME.exec(xml);
    if (!nameMatch) return fail("a `<` that does not start a tag (write it as &lt;)", lt);
    const name = nameMatch[0].toLowerCase();
    const tag = readTag(xml, NAME.lastIndex);
    if (typeof tag === "string") return fail(tag, lt);
    pos = tag.end;

    if (closing) {
      if (tag.selfClosing || tag.attrs.size > 0) return fail(`malformed closing tag </${name}>`, lt);
      const expected = open.pop();
      if (expected !== name) return fail(`</${name}> closes ${expected ? `<${expected}>` : "nothing"}`, lt);
      if (name === "outline" && inBody) {
        const frame = stack.pop();
        if (frame?.node) (stack[stack.length - 1]?.children ?? roots).push(frame.node);
      } else if (name === "body") inBody = false;
      else if (name === "title" && titleStart >= 0 && title === undefined) {
        title = decodeEntities(xml.slice(titleStart, lt).replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, "$1")).trim();
        titleStart = -1;
      }
      continue;
    }

    if (open.length === 0 && name !== "opml") return fail(`the document starts with <${name}>, not <opml>`, lt);
    if (name === "opml") sawOpml = true;
    if (name === "body") {
      sawBody = true;
      if (!tag.selfClosing) inBody = true;
    }
    if (name === "title" && open.includes("head") && !tag.selfClosing) titleStart = tag.end;
    if (name === "outline" && inBody) {
      const node: OutlineNode = {
        text: (tag.attrs.get("text") ?? tag.attrs.get("title") ?? "").trim(),
        anchor: nonEmpty(tag.attrs.get("_anchor")),
        status: nonEmpty(tag.attrs.get("_status")),
        children: [],
      };
      if (tag.attrs.has("_path")) problems.add(node);
      if (tag.selfClosing) (stack[stack.length - 1]?.children ?? roots).push(node);
      else stack.push({ node, children: node.children });
    }
    if (!tag.selfClosing) open.push(name);
  }
  if (open.length > 0) return fail(`<${open[open.length - 1] ?? ""}> is never closed`, xml.length);
  if (!sawOpml) return { ok: false, error: "Not an OPML document: no <opml> element" };
  if (!sawBody) return { ok: false, error: "Not an OPML document: no <body> element" };
  return problemDocument(roots, title === "" ? undefined : title, problems);
}

/** A lone top-level outline that is the problem itself (it carries `_path`, or repeats the head title) becomes the note. */
function problemDocument(roots: OutlineNode[], title: string | undefined, problems: WeakSet<OutlineNode>): ImportResult {
  const only = roots.length === 1 ? roots[0] : undefined;
  if (only && (problems.has(only) || (title !== undefined && only.text === title))) {
    return only.text === "" ? { ok: true, roots: only.children } : { ok: true, roots: only.children, title: only.text };
  }
  return title === undefined ? { ok: true, roots } : { ok: true, roots, title };
}

/** Reads attributes up to the tag's `>`; returns an error message for malformed tags. */
function readTag(
  xml: string,
  start: number,
): { attrs: Map<string, string>; selfClosing: boolean; end: number } | string {
  const attrs = new Map<string, string>();
  let i = start;
  for (;;) {
    while (i < xml.length && /\s/.test(xml[i] ?? "")) i++;
    if (i >= xml.length) return "unclosed tag";
    if (xml[i] === ">") return { attrs, selfClosing: false, end: i + 1 };
    if (xml.startsWith("/>", i)) return { attrs, selfClosing: true, end: i + 2 };
    NAME.lastIndex = i;
    const name = NAME.exec(xml);
    if (!name) return `unexpected character ${JSON.stringify(xml[i])} in a tag`;
    i = NAME.lastIndex;
    while (i < xml.length && /\s/.test(xml[i] ?? "")) i++;
    if (xml[i] !== "=") return `attribute ${name[0]} has no value`;
    i++;
    while (i < xml.length && /\s/.test(xml[i] ?? "")) i++;
    const quote = xml[i];
    if (quote !== '"' && quote !== "'") return `attribute ${name[0]} is not quoted`;
    const close = xml.indexOf(quote, i + 1);
    if (close < 0) return `attribute ${name[0]} is never closed`;
    const raw = xml.slice(i + 1, close);
    if (raw.includes("<")) return `attribute ${name[0]} contains a raw <`;
    // XML attribute-value normalisation: literal whitespace characters become spaces, references are kept.
    attrs.set(name[0].toLowerCase(), decodeEntities(raw.replace(/[\t\n\r]/g, " ")));
    i = close + 1;
  }
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** Decodes the five XML entities, `&nbsp;` and numeric references; anything else is left as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9A-Fa-f]{1,6}|#[0-9]{1,7}|[A-Za-z]+);/g, (whole: string, ref: string) => {
    if (ref.startsWith("#")) {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}

function nonEmpty(value: string | undefined): string | null {
  const trimmed = value?.trim() ?? "";
  return trimmed === "" ? null : trimmed;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
