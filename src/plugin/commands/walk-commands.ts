// Walking a Lens course: next/previous module, learning outcome and lens in the course's order, the parent module
// and course, and the article or video a lens excerpts. Offered only where there is somewhere to go.
import type { NoteRef } from "../../core/model";
import { coursesOf, modulesOf, stepFrom, walkFor, type Step, type StepKind, type WalkContext } from "../../core/query/course-order";
import { refOf } from "../../core/query/lens-entries";
import { excerptedNotes } from "../../core/query/lens-view";
import { NotePickModal } from "../note-pick-modal";
import type { CommandHost } from "./command-host";

const STEPS: { kind: StepKind; id: string; name: string }[] = [
  { kind: "module", id: "module", name: "module" },
  { kind: "learning-outcome", id: "learning-outcome", name: "learning outcome" },
  { kind: "lens", id: "lens", name: "lens" },
];

/** The remembered course and module first (when the note is in them), then the rest. */
function preferred(paths: string[], remembered: string | null): string[] {
  return remembered !== null && paths.includes(remembered) ? [remembered] : paths;
}

export function registerWalkCommands(host: CommandHost): void {
  // Where the last step went, so that a module or lens shared by several courses keeps to the one being walked.
  const context: WalkContext = { course: null, module: null, line: null };
  // The note the last command opened: the parent commands follow the context only while the user is still there.
  let at: string | null = null;
  const activePath = (): string | null => host.activeNote()?.path ?? null;
  const remembered = (path: string, value: string | null): string | null => (path === at ? value : null);

  // Opening the palette checks all six step commands: the course's order is computed once per index revision.
  let memo: { revision: number; key: string; steps: Step[] } | null = null;
  const walk = (path: string): Step[] => {
    const key = [path, context.course, context.module].join("\0");
    if (memo?.revision !== host.index.revision || memo.key !== key) {
      memo = { revision: host.index.revision, key, steps: walkFor(host.index, path, context) };
    }
    return memo.steps;
  };

  const take = (step: Step): void => {
    context.course = step.course;
    context.module = step.module;
    context.line = step.line;
    at = step.path;
    void host.openNote(step.path, step.line, false);
  };

  /** Opens the only note, or offers a choice; remembers what was picked as `remember` says. */
  const goTo = (refs: NoteRef[], placeholder: string, remember: (ref: NoteRef) => void): void => {
    const open = (ref: NoteRef): void => {
      remember(ref);
      context.line = null;
      at = ref.path;
      void host.openNote(ref.path, null, false);
    };
    const [only] = refs;
    if (refs.length === 1 && only) open(only);
    else new NotePickModal(host.app, refs, placeholder, open).open();
  };

  for (const { kind, id, name } of STEPS) {
    for (const [direction, word] of [[1, "next"], [-1, "previous"]] as const) {
      host.addCommand({
        id: `${word}-${id}`,
        name: `Go to ${word} ${name}`,
        checkCallback: (checking) => {
          const path = activePath();
          const step = path === null ? null : stepFrom(host.index, path, kind, direction, context, walk(path));
          if (!step) return false;
          if (!checking) take(step);
          return true;
        },
      });
    }
  }

  const refs = (paths: string[]): NoteRef[] => paths.flatMap((p) => refOf(host.index, p) ?? []);
  // The id predates lenses: kept so that hotkeys bound to it still work.
  host.addCommand({
    id: "modules-using-outcome",
    name: "Go to parent module",
    checkCallback: (checking) => {
      const path = activePath();
      const kind = path === null ? undefined : host.index.note(path)?.kind;
      if (path === null || (kind !== "learning-outcome" && kind !== "lens")) return false;
      const modules = refs(preferred(modulesOf(host.index, path), remembered(path, context.module)));
      if (modules.length === 0) return false;
      if (!checking) goTo(modules, "Pick a module…", (m) => (context.module = m.path));
      return true;
    },
  });
  host.addCommand({
    id: "parent-course",
    name: "Go to parent course",
    checkCallback: (checking) => {
      const path = activePath();
      if (path === null || host.index.note(path)?.kind === "course") return false;
      const courses = refs(preferred(coursesOf(host.index, path), remembered(path, context.course)));
      if (courses.length === 0) return false;
      if (!checking) goTo(courses, "Pick a course…", (c) => (context.course = c.path));
      return true;
    },
  });
  host.addCommand({
    id: "go-to-source",
    name: "Go to source",
    checkCallback: (checking) => {
      const path = activePath();
      const sources = path === null ? [] : excerptedNotes(host.index, path);
      if (sources.length === 0) return false;
      if (!checking) goTo(sources, "Pick an article or video…", () => undefined);
      return true;
    },
  });
}
