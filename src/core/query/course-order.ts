// The order a student walks a course in (module, then its outcomes and lenses as the module lists them), and one
// step through it: next/previous module, outcome or lens, crossing module boundaries.
import type { IndexData } from "../index/index-data";
import type { ParsedNote } from "../model";
import { courseModuleLink } from "./course-outline";
import { lensSections, moduleOutcomes } from "./lens-entries";
import { coursesUsing, modulesUsing, notesAbove } from "./used-by";

export type StepKind = "module" | "learning-outcome" | "lens";

export interface Step {
  kind: StepKind;
  /** The note to open: the module itself for a lens written inside it. */
  path: string;
  /** The line to open at (an inline lens's heading), or null for the note's top. */
  line: number | null;
  /** The module this step belongs to, and the course walked (null when walking one module alone). */
  module: string;
  course: string | null;
}

/** Where the user came from: the course and module of the last step taken, and the inline lens it landed on. */
export interface WalkContext {
  course: string | null;
  module: string | null;
  line: number | null;
}

export const NO_CONTEXT: WalkContext = { course: null, module: null, line: null };

/** A module's steps: itself, then its outcomes (each followed by its lenses) and its own lenses, in document order. */
export function moduleSteps(index: IndexData, module: ParsedNote, course: string | null): Step[] {
  const steps: Step[] = [{ kind: "module", path: module.path, line: null, module: module.path, course }];
  const outcomes = moduleOutcomes(index, module).map((o) => ({ line: o.line, o, lens: null }));
  const lenses = lensSections(index, module, false).map((l) => ({ line: l.line, o: null, lens: l }));
  for (const entry of [...outcomes, ...lenses].sort((a, b) => a.line - b.line)) {
    if (entry.o) {
      if (!entry.o.ref) continue;
      steps.push({ kind: "learning-outcome", path: entry.o.ref.path, line: null, module: module.path, course });
      for (const l of entry.o.lenses) if (l.ref) steps.push({ kind: "lens", path: l.ref.path, line: null, module: module.path, course });
    } else if (entry.lens?.ref) {
      const inline = entry.lens.inline;
      steps.push({ kind: "lens", path: entry.lens.ref.path, line: inline ? entry.lens.line : null, module: module.path, course });
    }
  }
  return steps;
}

export function courseSteps(index: IndexData, course: ParsedNote): Step[] {
  const steps: Step[] = [];
  course.sections.forEach((_section, i) => {
    const link = courseModuleLink(index, course, i);
    const module = link?.ref ? index.note(link.ref.path) : undefined;
    if (module) steps.push(...moduleSteps(index, module, course.path));
  });
  return steps;
}

/** Prefers the remembered note when it is among `paths`, else the first. */
function pick(paths: string[], remembered: string | null): string | undefined {
  return remembered !== null && paths.includes(remembered) ? remembered : paths[0];
}

/** The modules a note belongs to: itself, the modules listing it, or those listing an outcome that lists it. */
export function modulesOf(index: IndexData, path: string): string[] {
  const kind = index.note(path)?.kind;
  if (kind === "module") return [path];
  if (kind === "learning-outcome") return modulesUsing(index, path).flatMap((m) => (m.ref ? [m.ref.path] : []));
  if (kind === "lens") return notesAbove(index, path).modules.flatMap((m) => (m.ref ? [m.ref.path] : []));
  return [];
}

export function coursesOf(index: IndexData, path: string): string[] {
  if (index.note(path)?.kind === "course") return [path];
  const courses = new Set<string>();
  for (const module of modulesOf(index, path)) {
    for (const c of coursesUsing(index, module)) if (c.ref) courses.add(c.ref.path);
  }
  return [...courses];
}

/** The sequence walked from `path`: the remembered course (or the first holding the note), else one module alone. */
export function walkFor(index: IndexData, path: string, context: WalkContext): Step[] {
  const course = pick(coursesOf(index, path), context.course);
  const courseNote = course === undefined ? undefined : index.note(course);
  if (courseNote) return courseSteps(index, courseNote);
  const module = pick(modulesOf(index, path), context.module);
  const moduleNote = module === undefined ? undefined : index.note(module);
  return moduleNote ? moduleSteps(index, moduleNote, null) : [];
}

/** Where in `steps` the user stands: the step on the remembered inline lens, else in the remembered module, else the first. */
function position(steps: Step[], path: string, context: WalkContext): number {
  let fallback = -1;
  let inModule = -1;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    if (step.path !== path) continue;
    if (context.line !== null && step.line === context.line && step.module === context.module) return i;
    if (step.line !== null) continue;
    if (fallback < 0) fallback = i;
    if (inModule < 0 && step.module === context.module) inModule = i;
  }
  return inModule >= 0 ? inModule : fallback;
}

/** The next (1) or previous (-1) step of `kind` from the note at `path`, or null when there is none. */
export function stepFrom(index: IndexData, path: string, kind: StepKind, direction: 1 | -1, context: WalkContext = NO_CONTEXT): Step | null {
  const steps = walkFor(index, path, context);
  const isCourse = index.note(path)?.kind === "course";
  const at = isCourse ? (direction === 1 ? -1 : steps.length) : position(steps, path, context);
  if (at < 0 && !isCourse) return null;
  const here = steps[at];
  for (let i = at + direction; i >= 0 && i < steps.length; i += direction) {
    const step = steps[i]!;
    if (step.kind !== kind) continue;
    // The same note again (a lens listed by two neighbouring outcomes) is no step.
    if (here && step.path === here.path && step.line === here.line) continue;
    return step;
  }
  return null;
}
