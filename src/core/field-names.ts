// The field names and note kinds Mosaic and the Lens format give meaning to, as typed constants, and the Lens
// reading of a boolean field.
import type { NoteKind } from "./model";

/** Field keys as the parser normalises them (Dataview's rule: lower case, spaces to `-`). */
export const FIELD = {
  source: "source",
  status: "status",
  content: "content",
  optional: "optional",
  read: "read",
  id: "id",
} as const;

export type FieldName = (typeof FIELD)[keyof typeof FIELD];

export const KIND = {
  problem: "problem",
  module: "module",
  learningOutcome: "learning-outcome",
  lens: "lens",
  course: "course",
  source: "source",
  other: "other",
} as const satisfies Record<string, NoteKind>;

/** The Lens reading of a boolean field (`optional:: true`): true only for `true`, case-insensitive. */
export function isTrue(value: string): boolean {
  return value.trim().toLowerCase() === "true";
}
