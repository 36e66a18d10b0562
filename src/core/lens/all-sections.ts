// Every Lens section of a note, submodules opened: the sections that hold fields and segments.
import type { LensSection } from "../model";

/** Sections and their submodule children, in document order. */
export function allSections(sections: readonly LensSection[]): LensSection[] {
  return sections.flatMap((s) => (s.type === "submodule" ? [s, ...allSections(s.children)] : [s]));
}
