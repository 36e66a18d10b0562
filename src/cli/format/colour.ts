// ANSI colour for terminal output, one home for every CLI command: styles, a painter and visible width.

const ANSI = { bold: "1", dim: "2", red: "31", green: "32", yellow: "33", cyan: "36" } as const;
export type Style = keyof typeof ANSI;
export type Paint = (style: Style, text: string) => string;

/** Wraps text in a style's escape codes when colour is on; returns it unchanged when off. */
export function painter(colour: boolean): Paint {
  if (!colour) return (_style, text) => text;
  return (style, text) => `\u001b[${ANSI[style]}m${text}\u001b[0m`;
}

/** Characters a terminal shows, not counting the colour codes `painter` adds. */
export function visibleLength(text: string): number {
  // eslint-disable-next-line no-control-regex -- strips the ANSI colour codes painter adds
  return Array.from(text.replace(/\u001b\[[0-9;]*m/g, "")).length;
}
