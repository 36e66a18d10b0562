// The order a student walks a course in (module, then its outcomes and lenses as the module lists them), and one
// step through it: next/previous module, outcome or lens, crossing module boundaries.
import type { IndexData } from "../index/index-data";
import type { ParsedNote, WikiLink } from "../model";
import { sourceLink } from "./lens-entries";
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

/** Resolves the links of one note through its edges, looked up once (steps are computed on every palette open). */
function targetsOf(index: IndexData, note: ParsedNote): (link: WikiLink | null) => string | null {
  const byPlace = new Map<string, string | null>();
  for (const record of index.outgoing(note.path)) byPlace.set(`${record.edge.line}:${record.column}`, record.edge.to);
  return (link) => (link ? (byPlace.get(`${link.line}:${link.column}`) ?? null) : null);
}

/** A module's steps: itself, then its outcomes (each followed by its lenses) and its own lenses, in document order. */
export function moduleSteps(index: IndexData, module: ParsedNote, course: string | null): Step[] {
  const step = (kind: StepKind, path: string, line: number | null): Step => ({ kind, path, line, module: module.path, course });
  const steps: Step[] = [step("module", module.path, null)];
  const resolve = targetsOf(index, module);
  module.sections.forEach((section, i) => {
    if (section.type === "lens") {
      const link = sourceLink(module, i);
      const lens = resolve(link);
      if (!link) steps.push(step("lens", module.path, section.line));
      else if (lens !== null) steps.push(step("lens", lens, null));
      return;
    }
    if (section.type !== "learning-outcome") return;
    const outcome = resolve(sourceLink(module, i));
    const note = outcome === null ? undefined : index.note(outcome);
    if (!note) return;
    steps.push(step("learning-outcome", note.path, null));
    const resolveLens = targetsOf(index, note);
    note.sections.forEach((lensSection, j) => {
      const lens = lensSection.type === "lens" ? resolveLens(sourceLink(note, j)) : null;
      if (lens !== null) steps.push(step("lens", lens, null));
    });
  });
  return steps;
}

export function courseSteps(index: IndexData, course: ParsedNote): Step[] {
  const steps: Step[] = [];
  const resolve = targetsOf(index, course);
  for (const section of course.sections) {
    if (section.type !== "module") continue;
    const target = resolve(course.links.find((l) => l.line === section.line) ?? null);
    const module = target === null ? undefined : index.note(target);
    if (module) steps.push(...moduleSteps(index, module, course.path));
  }
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

/** The next (1) or previous (-1) step of `kind` from the note at `path`, or null when there is none; `steps` is
 *  `walkFor(index, path, context)`, passed in by callers that keep it between calls. */
export function stepFrom(
  index: IndexData,
  path: string,
  kind: StepKind,
  direction: 1 | -1,
  context: WalkContext = NO_CONTEXT,
  steps: Step[] = walkFor(index, path, context),
): Step | null {
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
