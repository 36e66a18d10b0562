// The common shape of a timestamps file, `[{"text": "…", "start": "…"}, …]`, read with one sticky pattern instead of JSON.parse.
/** One entry's two values as JSON.parse would give them. */
export type EntryVisitor = (index: number, text: string, start: string) => void;

// A JSON string without raw control characters, whose escapes are the ones JSON allows.
const STRING = String.raw`"((?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*)"`;
const WS = "[ \\t\\n\\r]*";
const MEMBER = `"(text|start)"${WS}:${WS}${STRING}`;
const ENTRY = new RegExp(`${WS}\\{${WS}${MEMBER}${WS},${WS}${MEMBER}${WS}\\}${WS}([,\\]])`, "y");
const OPEN = /^[ \t\n\r]*\[/y;
const CLOSE = /[ \t\n\r]*$/y;

/**
 * Visits every entry when the whole text is a non-empty array of objects with exactly the keys `text` and `start`,
 * both strings (the form every timestamps file is written in); returns false, having visited nothing, otherwise:
 * the caller then reads the file with JSON.parse, which also explains what is wrong.
 */
export function scanCanonicalEntries(text: string, visit: EntryVisitor): boolean {
  OPEN.lastIndex = 0;
  if (!OPEN.test(text)) return false;
  const found: string[] = [];
  ENTRY.lastIndex = OPEN.lastIndex;
  for (;;) {
    const m = ENTRY.exec(text);
    if (m === null) return false;
    if (m[1] === m[3]) return false;
    const textFirst = m[1] === "text";
    found.push((textFirst ? m[2] : m[4]) ?? "", (textFirst ? m[4] : m[2]) ?? "");
    if (m[5] === "]") break;
  }
  CLOSE.lastIndex = ENTRY.lastIndex;
  if (!CLOSE.test(text)) return false;
  for (let i = 0; i < found.length; i += 2) visit(i / 2, unescape(found[i] ?? ""), unescape(found[i + 1] ?? ""));
  return true;
}

/** A matched string body as JSON reads it (it has only valid escapes, so JSON.parse cannot fail). */
function unescape(body: string): string {
  return body.includes("\\") ? (JSON.parse(`"${body}"`) as string) : body;
}
