// The keyboard model of a tree (WAI-ARIA tree pattern, as Obsidian's file explorer): from visible rows and a key to an action.

/** One visible row, in display order. */
export interface KeyRow {
  /** 1 for top-level rows. */
  level: number;
  expandable: boolean;
  expanded: boolean;
  /** What Enter does on it: open a note, run the row's action ("Show N more"), or nothing beyond toggling. */
  enter: "open" | "action" | "none";
  /** The text type-ahead matches. */
  label: string;
}

export interface KeyInput {
  key: string;
  /** Ctrl on Windows/Linux, Cmd on macOS. */
  mod: boolean;
  alt?: boolean;
}

export type TreeAction =
  | { type: "focus"; index: number }
  | { type: "expand"; index: number }
  | { type: "collapse"; index: number }
  | { type: "toggle"; index: number }
  | { type: "open"; index: number; newTab: boolean }
  | { type: "action"; index: number }
  /** A printable character: the caller adds it to its type-ahead text and calls `typeAhead`. */
  | { type: "search"; char: string }
  | { type: "none" };

const NONE: TreeAction = { type: "none" };

/** Index of the row's parent: the nearest row above with a lower level, or null for a top-level row. */
export function parentIndex(rows: readonly KeyRow[], index: number): number | null {
  const level = rows[index]?.level ?? 1;
  for (let i = index - 1; i >= 0; i--) if ((rows[i]?.level ?? 1) < level) return i;
  return null;
}

export function keyAction(rows: readonly KeyRow[], current: number, input: KeyInput): TreeAction {
  const row = rows[current];
  if (!row) return rows.length > 0 && isNavigation(input.key) ? { type: "focus", index: 0 } : NONE;
  const last = rows.length - 1;
  switch (input.key) {
    case "ArrowDown":
      return current < last ? { type: "focus", index: current + 1 } : NONE;
    case "ArrowUp":
      return current > 0 ? { type: "focus", index: current - 1 } : NONE;
    case "Home":
      return { type: "focus", index: 0 };
    case "End":
      return { type: "focus", index: last };
    case "ArrowRight": {
      if (!row.expandable) return NONE;
      if (!row.expanded) return { type: "expand", index: current };
      const next = rows[current + 1];
      return next && next.level > row.level ? { type: "focus", index: current + 1 } : NONE;
    }
    case "ArrowLeft": {
      if (row.expandable && row.expanded) return { type: "collapse", index: current };
      const parent = parentIndex(rows, current);
      return parent === null ? NONE : { type: "focus", index: parent };
    }
    case "Enter":
      if (row.enter === "open") return { type: "open", index: current, newTab: input.mod };
      if (row.enter === "action") return { type: "action", index: current };
      return row.expandable ? { type: "toggle", index: current } : NONE;
    case " ":
      if (row.expandable) return { type: "toggle", index: current };
      return row.enter === "action" ? { type: "action", index: current } : NONE;
    default:
      return isPrintable(input) ? { type: "search", char: input.key } : NONE;
  }
}

function isNavigation(key: string): boolean {
  return key === "ArrowDown" || key === "ArrowUp" || key === "Home" || key === "End";
}

function isPrintable(input: KeyInput): boolean {
  return input.key.length === 1 && input.key !== " " && !input.mod && !input.alt;
}

/**
 * The row type-ahead lands on for the text typed so far: the next row (after `current` for a first character, from
 * `current` while the text grows, wrapping) whose label starts with it, case-insensitively; a run of one repeated
 * letter cycles through the rows starting with that letter. Null when none does.
 */
export function typeAhead(rows: readonly KeyRow[], current: number, typed: string): number | null {
  const lower = typed.toLowerCase();
  if (lower === "") return null;
  const repeated = lower.length > 1 && [...lower].every((c) => c === lower[0]);
  const needle = repeated ? lower.charAt(0) : lower;
  const start = needle.length === 1 ? current + 1 : current;
  for (let k = 0; k < rows.length; k++) {
    const i = (((start + k) % rows.length) + rows.length) % rows.length;
    if (rows[i]?.label.trim().toLowerCase().startsWith(needle)) return i;
  }
  return null;
}
