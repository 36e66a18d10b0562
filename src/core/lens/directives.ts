// Article directives as the Lens platform renders them (`:::note` containers, `::footnote[..]` leaves, `:note[..]`
// inline): names, forms, brackets, closing markers, `{open}`; and directives written where they do not render.
import type { LensReport } from "./report";
import { editDistance } from "./schema";

interface DirectiveForms {
  container: boolean;
  leaf: boolean;
  open: boolean;
}

const SUPPORTED: Record<string, DirectiveForms> = {
  note: { container: true, leaf: true, open: false },
  collapse: { container: true, leaf: false, open: false },
  footnote: { container: false, leaf: true, open: false },
};
/** Names from other Markdown dialects the platform refuses. */
const UNSUPPORTED = new Set(["warning", "info", "tip", "caution", "important", "danger", "details", "summary", "aside", "callout", "admonition"]);
const KNOWN = new Set([...Object.keys(SUPPORTED), ...UNSUPPORTED]);

const CONTAINER_OPEN = /^:::([\w-]+)(?:\{([^}]*)\})?/;
const CONTAINER_CLOSE = /^:::\s*$/;
const CONTAINER_CLOSE_ATTR = /^:::\s*\{([^}]*)\}/;
const CODE_FENCE = /^(?:```|~~~)/;
const LEAF_PRE = /^::([\w-]+)(?:\{([^}]*)\})?\[/;
const LEAF_POST = /^::([\w-]+)\[[^\]]*\]\{([^}]*)\}/;
const LEAF_UNCLOSED = /^::([\w-]+)(?:\{[^}]*\})?\[[^\]]*$/;
const TEXT_PRE = /(?:^|[^:]):(\w[\w-]*)(?:\{([^}]*)\})?\[/g;
const TEXT_POST = /(?:^|[^:]):(\w[\w-]*)\[[^\]]*\]\{([^}]*)\}/g;
const TEXT_UNCLOSED = /(?:^|[^:]):(\w[\w-]*)(?:\{[^}]*\})?\[[^\]]*$/;

const supportedIn = (form: "container" | "leaf"): string =>
  Object.entries(SUPPORTED)
    .filter(([, forms]) => forms[form])
    .map(([name]) => name)
    .join(", ");

/** A supported name within two edits of `name` (a typo), else null. */
function nearMiss(name: string): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const supported of Object.keys(SUPPORTED)) {
    const d = editDistance(name.toLowerCase(), supported);
    if (d > 0 && d < bestDistance) {
      best = supported;
      bestDistance = d;
    }
  }
  return best;
}

const isDirectiveLike = (name: string): boolean => name in SUPPORTED || UNSUPPORTED.has(name) || nearMiss(name) !== null;

/** `http:[`, `mailto:[`: a URL scheme before the colon, not a directive. */
function afterScheme(line: string, match: RegExpExecArray): boolean {
  const before = line.slice(0, match.index + (match[0].startsWith(":") ? 0 : 1));
  return /https?$|ftp$|mailto$|tel$/.test(before);
}

/** Inline directives on a line, each once (`:name[text]{attr}` read before `:name{attr}[text]`). */
function inlineDirectives(line: string): { name: string; attr: string | undefined }[] {
  const out: { name: string; attr: string | undefined }[] = [];
  const seen = new Set<number>();
  for (const pattern of [TEXT_POST, TEXT_PRE]) {
    for (const m of line.matchAll(pattern)) {
      if (seen.has(m.index)) continue;
      seen.add(m.index);
      if (!afterScheme(line, m)) out.push({ name: m[1] ?? "", attr: m[2] });
    }
  }
  return out;
}

function attributeChecks(name: string, attr: string | undefined, line: number, report: LensReport): void {
  const forms = SUPPORTED[name];
  if (attr === undefined || !forms) return;
  if (attr === "") {
    report.warn(line, "directive-attribute", `Directive '${name}' has an empty attribute '{}': remove the braces`);
  } else if (attr === "open") {
    if (!forms.open) report.warn(line, "directive-attribute", `Directive '${name}' does not support {open}`);
  } else if (attr.toLowerCase() === "open" || attr.split("=")[0]?.toLowerCase() === "open" || editDistance(attr.toLowerCase(), "open") <= 2) {
    report.warn(line, "directive-attribute", `Possible attribute typo '{${attr}}' on directive '${name}' (did you mean {open}?)`);
  } else {
    report.warn(line, "directive-attribute", `Unrecognized attribute '{${attr}}' on directive '${name}' (${forms.open ? "the only supported attribute is {open}" : `'${name}' takes no attributes`})`);
  }
}

/** A directive name the platform refuses (another dialect's) or does not know (a typo of one it supports). */
function nameChecks(name: string, marker: string, form: "container" | "leaf" | "text", line: number, report: LensReport): void {
  if (UNSUPPORTED.has(name)) {
    const supported = form === "text" ? Object.keys(SUPPORTED).join(", ") : supportedIn(form);
    report.error(line, "unsupported-directive", `Unsupported directive '${marker}${name}' (supported ${form} directives: ${supported})`);
    return;
  }
  const near = nearMiss(name);
  if (near) report.error(line, "unsupported-directive", `Unknown directive '${marker}${name}': did you mean '${marker}${near}'?`);
}

interface OpenContainer {
  name: string;
  line: number;
  hasContent: boolean;
}

/** Checks an article's body, `lines[from]` onwards (the platform's lines, 0-based index; reported lines are 1-based). */
export function articleDirectiveChecks(lines: readonly string[], from: number, report: LensReport): void {
  const stack: OpenContainer[] = [];
  const close = (line: number, attr: string | null): void => {
    const top = stack.pop();
    if (!top) return;
    if (attr !== null) report.error(line, "closing-attribute", `Attribute {${attr}} on closing ':::' marker has no effect: write :::${top.name}{${attr}}`);
    if (!top.hasContent) report.warn(top.line, "empty-directive", `Empty container directive ':::${top.name}' has no content`);
  };
  const markContent = (): void => {
    const top = stack[stack.length - 1];
    if (top) top.hasContent = true;
  };
  let inCode = false;
  for (let i = from; i < lines.length; i++) {
    const text = lines[i] ?? "";
    const line = i + 1;
    if (CODE_FENCE.test(text)) {
      inCode = !inCode;
      continue;
    }
    if (inCode) continue;
    // Every directive form has a colon: most lines of prose need no pattern at all.
    if (!text.includes(":")) {
      if (text.trim() !== "") markContent();
      continue;
    }
    const closing = CONTAINER_CLOSE_ATTR.exec(text);
    if (closing || CONTAINER_CLOSE.test(text)) {
      close(line, closing ? (closing[1] ?? "") : null);
      continue;
    }
    const open = CONTAINER_OPEN.exec(text);
    if (open) {
      const name = open[1] ?? "";
      const forms = SUPPORTED[name];
      if (forms && !forms.container) {
        report.error(line, "directive-form", `Directive '${name}' does not support the container ':::' form: use '::${name}[text]' or ':${name}[text]'`);
      }
      if (forms) attributeChecks(name, open[2], line, report);
      else nameChecks(name, ":::", "container", line, report);
      stack.push({ name, line, hasContent: false });
      continue;
    }
    if (leafChecks(text, line, report)) {
      markContent();
      continue;
    }
    const unclosed = TEXT_UNCLOSED.exec(text);
    if (unclosed && !afterScheme(text, unclosed) && isDirectiveLike(unclosed[1] ?? "")) {
      report.error(line, "unclosed-directive", `Unclosed bracket in text directive ':${unclosed[1] ?? ""}[': missing closing ']'`);
    }
    for (const { name, attr } of inlineDirectives(text)) {
      if (SUPPORTED[name]) attributeChecks(name, attr, line, report);
      else nameChecks(name, ":", "text", line, report);
    }
    if (text.trim() !== "") markContent();
  }
  for (const open of stack) report.error(open.line, "unclosed-directive", `Unclosed container directive ':::${open.name}': add a closing ::: line`);
}

/** A leaf directive `::name[…]` on the line, checked; false when the line holds none. */
function leafChecks(text: string, line: number, report: LensReport): boolean {
  const unclosed = LEAF_UNCLOSED.exec(text);
  if (unclosed && isDirectiveLike(unclosed[1] ?? "")) {
    report.error(line, "unclosed-directive", `Unclosed bracket in leaf directive '::${unclosed[1] ?? ""}[': missing closing ']'`);
    return true;
  }
  const post = LEAF_POST.exec(text);
  const pre = LEAF_PRE.exec(text);
  const leaf = post ?? pre;
  if (!leaf) return false;
  const name = leaf[1] ?? "";
  const forms = SUPPORTED[name];
  if (forms && !forms.leaf) {
    report.warn(line, "directive-form", `Directive '${name}' does not support the leaf '::' form: use ':::${name}' or ':${name}[text]'`);
  }
  if (forms) attributeChecks(name, post?.[2] ?? pre?.[2], line, report);
  else nameChecks(name, "::", "leaf", line, report);
  return true;
}

/** The first directive in a value that is not an article's text (they render only in articles), as a message; else null. */
export function directiveOutsideArticle(content: string): string | null {
  let inCode = false;
  for (const text of content.split("\n")) {
    if (CODE_FENCE.test(text)) {
      inCode = !inCode;
      continue;
    }
    if (inCode) continue;
    const container = CONTAINER_OPEN.exec(text)?.[1];
    const leaf = LEAF_PRE.exec(text)?.[1];
    const inline = inlineDirectives(text).find((d) => KNOWN.has(d.name))?.name;
    const marker = container !== undefined && KNOWN.has(container) ? `:::${container}` : leaf !== undefined && KNOWN.has(leaf) ? `::${leaf}` : inline !== undefined ? `:${inline}` : null;
    if (marker) return `Directive '${marker}' found in non-article content: directives only render in article files`;
  }
  return null;
}
