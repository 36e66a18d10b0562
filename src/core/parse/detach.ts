// Copies the strings of a freshly parsed note so none of them is a slice of the note's text: V8 keeps a whole text
// alive for any substring of it, so without this every parsed note held its full text (all of a vault's text, in
// the CLI and for the whole of an Obsidian session).

/**
 * Replaces, in place, every string reachable through plain objects and arrays by a copy (equal strings by one copy:
 * a sentence holding three links is the context of each); returns the value. Iterative, since outlines nest 10,000 deep; a parsed note has no cycles (it is stored as JSON).
 */
export function detachStrings<T>(value: T): T {
  if (typeof value === "string") return copyString(value) as T;
  if (typeof value !== "object" || value === null) return value;
  const copies = new Map<string, string>();
  const copyOf = (text: string): string => {
    let copy = copies.get(text);
    if (copy === undefined) copies.set(text, (copy = copyString(text)));
    return copy;
  };
  // Strings shorter than SHORT are left as they are (most keys, names and numbers), and only strings are written.
  const pending: object[] = [value];
  for (let item = pending.pop(); item !== undefined; item = pending.pop()) {
    if (Array.isArray(item)) {
      const list: unknown[] = item;
      for (let i = 0; i < list.length; i++) {
        const v = list[i];
        if (typeof v === "string") {
          if (v.length >= SHORT) list[i] = copyOf(v);
        } else if (typeof v === "object" && v !== null) pending.push(v);
      }
    } else if (isPlainObject(item)) {
      for (const key in item) {
        const v = item[key];
        if (typeof v === "string") {
          if (v.length >= SHORT) item[key] = copyOf(v);
        } else if (typeof v === "object" && v !== null) pending.push(v);
      }
    }
  }
  return value;
}

/** V8 makes a slice of a string only from this length on: shorter substrings are copies already. */
const SHORT = 13;

/**
 * A copy that refers to no other string. Short ones are already copies; for longer ones the concatenation is
 * flattened into a new string before it is sliced, so the result points into that copy, not into the note.
 */
function copyString(text: string): string {
  return text.length < SHORT ? text : (" " + text).slice(1);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
