// YAML frontmatter between `---` lines at the top of a note, read with gray-matter; errors become a line number.
import matter from "gray-matter";

export interface FrontmatterResult {
  /** "none": no frontmatter block; "ok": parsed; "malformed": bad YAML, not a mapping, or no closing `---`. */
  state: "none" | "ok" | "malformed";
  data: Record<string, unknown> | null;
  /** Lines of the block including both `---` (0 when there is none, or when it is unclosed). */
  lines: number;
  /** 0-based index of the first body line. */
  bodyStart: number;
  error: { line: number; message: string } | null;
}

function isDelimiter(line: string | undefined): boolean {
  return line !== undefined && line.trimEnd() === "---";
}

interface YamlErrorLike {
  mark?: { line?: number };
  reason?: string;
  message?: string;
}

/** gray-matter exposes its engines at run time (`matter.engines`) but its typings do not declare them. */
const yamlEngine = (matter as unknown as { engines: { yaml: { parse(text: string): unknown } } }).engines.yaml;

export function parseFrontmatter(lines: readonly string[]): FrontmatterResult {
  if (!isDelimiter(lines[0])) return { state: "none", data: null, lines: 0, bodyStart: 0, error: null };
  let close = -1;
  for (let i = 1; i < lines.length; i++) {
    if (isDelimiter(lines[i])) {
      close = i;
      break;
    }
  }
  if (close === -1) {
    return {
      state: "malformed",
      data: null,
      lines: 0,
      bodyStart: 0,
      error: { line: 1, message: "Frontmatter is not closed: missing closing ---" },
    };
  }
  const yaml = lines.slice(1, close).join("\n");
  const result: FrontmatterResult = { state: "ok", data: null, lines: close + 1, bodyStart: close + 1, error: null };
  try {
    // gray-matter's own YAML engine, called directly: matter() itself needs Node's Buffer, which Obsidian mobile lacks.
    const data: unknown = yamlEngine.parse(yaml);
    if (data === null || data === undefined) {
      result.data = {};
    } else if (typeof data === "object" && !Array.isArray(data) && !(data instanceof Date)) {
      result.data = data as Record<string, unknown>;
    } else {
      result.state = "malformed";
      result.error = { line: 2, message: "Frontmatter is not a YAML mapping of keys to values" };
    }
  } catch (e) {
    const err = e as YamlErrorLike;
    // js-yaml's line 0 is the first line after the opening `---`, i.e. file line 2.
    const markLine = typeof err.mark?.line === "number" ? err.mark.line + 2 : 1;
    const line = Math.min(Math.max(markLine, 1), close + 1);
    const reason = (err.reason ?? err.message ?? "invalid YAML").split("\n")[0] ?? "invalid YAML";
    result.state = "malformed";
    result.error = { line, message: `Invalid YAML in frontmatter: ${reason}` };
  }
  return result;
}
