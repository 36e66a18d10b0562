// The width `mosaic` wraps text to: --width, else the terminal's columns, else $COLUMNS, else 100.

export const DEFAULT_WIDTH = 100;

export interface WidthSources {
  /** `--width N`, already checked to be a whole number. */
  flag?: number;
  isTTY?: boolean;
  /** The terminal's columns (`process.stdout.columns`), used only on a terminal. */
  columns?: number;
  env?: Record<string, string | undefined>;
}

export function outputWidth(from: WidthSources): number {
  if (from.flag !== undefined) return from.flag;
  if (from.isTTY === true && from.columns !== undefined && from.columns > 0) return from.columns;
  const env = from.env?.COLUMNS;
  if (env !== undefined && /^[0-9]+$/.test(env.trim()) && Number(env) > 0) return Number(env);
  return DEFAULT_WIDTH;
}
