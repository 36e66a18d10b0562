// What the sidebar body holds for each kind of note: static parts (coverage, outcome text) and the rows of its tree.
import type { AddressedQuestion, NoteRef, SidebarModel } from "../../core/model";
import { el } from "../dom";
import { isBareFieldLine } from "../../core/parse/context-text";
import { readableContext } from "../../core/parse/summary";
import { linkedRow, lensRow, outcomeRow } from "./course-rows";
import type { BodyPlan, Row } from "./lazy-tree";
import { contextLine, noteLink, pill, rowLine } from "./parts";
import { addresserGroupRows, leafStats, questionDefaults, questionRows } from "./question-rows";
import { diagnosticsSection, sectionRow } from "./section-rows";
import { unreadSection, type SuggestionSource } from "./suggestion-rows";
import { excerptRow } from "./walk-rows";
import { coursePlan, lensPlan, usersSection } from "./walk-views";

export const EMPTY_NO_NOTE = "Open a note to see its place in the mosaic.";
export const EMPTY_PROBLEM =
  "Add a nested list of questions to this note (sub-questions indented under their parent) and its question tree appears here.";
export const EMPTY_OTHER =
  "This note addresses no question yet. Add `addresses:: [[Problem#^question]]` or run “Link this note to a question”.";

export interface ViewOptions {
  showAddressers: boolean;
  showDiagnostics: boolean;
  /** Reading suggestions for a problem view (under gaps, and unread sources at the end); absent or null: none. */
  suggestions?: SuggestionSource | null;
}


function coverage(body: HTMLElement, value: number, leaves: number, addressed: number): void {
  const box = el(body, "div", { cls: "mosaic-coverage" });
  const pct = Math.round(Math.max(0, Math.min(1, value)) * 100);
  const label = el(box, "div", { cls: "mosaic-coverage-label" });
  el(label, "span", { cls: "mosaic-coverage-title", text: "Coverage" });
  el(label, "span", {
    cls: "mosaic-coverage-value",
    text: leaves > 0 ? `${pct}% · ${addressed} of ${leaves} questions addressed` : `${pct}%`,
  });
  el(box, "progress", {
    cls: "mosaic-coverage-bar",
    attr: { max: 100, value: pct, "aria-label": `Coverage ${pct}%` },
  });
}

function problemPlan(model: Extract<SidebarModel, { kind: "problem" }>, options: ViewOptions): BodyPlan {
  const root = model.problem.root;
  const defaults = { ...questionDefaults(root, options.showAddressers), suggestions: options.suggestions ?? null };
  const rows = questionRows(root.children, defaults);
  if (options.showAddressers && root.addressedBy.length > 0) {
    rows.push(
      sectionRow(`${root.path}#mosaic-whole`, "Notes on the whole problem", addresserGroupRows(root.addressedBy), {
        count: root.addressedBy.length,
      }),
    );
  }
  if (options.suggestions && root.children.length > 0) rows.push(unreadSection(root.path, options.suggestions));
  const stats = leafStats(root);
  return {
    intro: (body) => {
      if (root.children.length > 0) coverage(body, model.problem.coverage, stats.leaves, stats.addressed);
    },
    rows,
    empty: root.children.length === 0 ? EMPTY_PROBLEM : null,
  };
}

function modulePlan(model: Extract<SidebarModel, { kind: "module" }>, options: ViewOptions): BodyPlan {
  const path = model.note.path;
  const rows: Row[] = [
    usersSection(path, "courses", "In courses", model.courses, "mosaic-course", "No course lists this module yet."),
    sectionRow(`${path}#mosaic-outcomes`, "Learning outcomes", model.outcomes.map((o, i) => outcomeRow(o, i, path)), {
      count: model.outcomes.length,
      empty: "No learning outcome yet. Add a `# Learning Outcome:` section with `source:: [[…]]`.",
    }),
  ];
  if (model.lenses.length > 0) {
    rows.push(
      sectionRow(`${path}#mosaic-lenses`, "Lenses", model.lenses.map((l) => lensRow(l, path)), {
        count: model.lenses.length,
      }),
    );
  }
  const questions = model.questions;
  const qRows = questions ? questionRows(questions.children, questionDefaults(questions, options.showAddressers)) : [];
  rows.push(
    sectionRow(`${path}#mosaic-questions`, "Questions", qRows, {
      count: qRows.length,
      empty: "No questions in this module's `content::` blocks.",
    }),
  );
  return { intro: () => undefined, rows, empty: null };
}

function outcomePlan(model: Extract<SidebarModel, { kind: "learning-outcome" }>): BodyPlan {
  const path = model.note.path;
  const rows: Row[] = [
    usersSection(path, "modules", "Used by modules", model.modules, "mosaic-module", "No module uses this outcome yet."),
    sectionRow(`${path}#mosaic-lenses`, "Lenses", model.lenses.map((l) => lensRow(l, path)), {
      count: model.lenses.length,
      empty: "No lens yet. Add a `## Lens:` section with `source:: [[…]]`.",
    }),
    sectionRow(`${path}#mosaic-tests`, "Tests", model.tests.map((t) => linkedRow(t, path, "Test", "mosaic-test")), {
      count: model.tests.length,
      empty: "No test yet. Add a `## Test:` section.",
    }),
  ];
  return {
    intro: (body) => {
      if (model.outcome) el(body, "div", { cls: "mosaic-outcome-text", text: model.outcome });
    },
    rows,
    empty: null,
  };
}

function addressedRow(a: AddressedQuestion, notePath: string): Row {
  return {
    key: null,
    path: a.node.path,
    line: a.node.line,
    matchText: a.node.text,
    cls: ["mosaic-addressed"],
    children: null,
    defaultCollapsed: false,
    fill(inner, _flair, highlight) {
      if (a.ancestors.length > 0) {
        el(inner, "div", { cls: "mosaic-ancestors", text: `${a.ancestors.join(" › ")} ›` });
      }
      const line = rowLine(inner);
      const textEl = el(line, "span", { cls: "mosaic-question-text" });
      highlight(textEl, a.node.text || "(untitled)");
      pill(line, a.relation, a.relation);
      // This note's own line: as a reader sees it, and not at all when it is only the field that links (the pill says that).
      if (a.context && !isBareFieldLine(a.context)) contextLine(inner, readableContext(a.context), notePath, a.line);
    },
  };
}

function problemGroupRow(problem: NoteRef, items: AddressedQuestion[], notePath: string): Row {
  return {
    key: `${notePath}#mosaic-addresses-${problem.path}`,
    path: problem.path,
    line: null,
    matchText: problem.title,
    cls: ["mosaic-problem-group"],
    children: () => items.map((a) => addressedRow(a, notePath)),
    defaultCollapsed: false,
    fill(inner, flair, highlight) {
      noteLink(rowLine(inner), problem.title, highlight);
      el(flair, "span", { cls: "tree-item-flair mosaic-count", text: String(items.length) });
    },
  };
}

function otherPlan(model: Extract<SidebarModel, { kind: "other" }>): BodyPlan {
  const path = model.note.path;
  const groups = new Map<string, { problem: NoteRef; items: AddressedQuestion[] }>();
  for (const a of model.addresses) {
    const group = groups.get(a.problem.path) ?? { problem: a.problem, items: [] };
    group.items.push(a);
    groups.set(a.problem.path, group);
  }
  const rows: Row[] = [];
  if (model.excerpts.length > 0) {
    rows.push(
      sectionRow(`${path}#mosaic-excerpts`, "Excerpted by lenses", model.excerpts.map(excerptRow), { count: model.excerpts.length }),
    );
  }
  if (model.addresses.length > 0) {
    const groupRows = [...groups.values()].map((g) => problemGroupRow(g.problem, g.items, path));
    rows.push(sectionRow(`${path}#mosaic-addresses`, "Addresses", groupRows, { count: model.addresses.length }));
  }
  if (model.usedBy.length > 0) {
    const used = model.usedBy.map(
      (u): Row => ({
        key: null,
        path: u.ref.path,
        line: u.line,
        matchText: u.ref.title,
        cls: ["mosaic-used-by"],
        children: null,
        defaultCollapsed: false,
        fill(inner, _flair, highlight) {
          const line = rowLine(inner);
          noteLink(line, u.ref.title, highlight);
          pill(line, u.relation, u.relation);
        },
      }),
    );
    rows.push(sectionRow(`${path}#mosaic-used-by`, "Used by", used, { count: used.length }));
  }
  const empty = model.addresses.length === 0 && model.excerpts.length === 0 ? EMPTY_OTHER : null;
  return { intro: () => undefined, rows, empty };
}

export function planBody(model: SidebarModel, options: ViewOptions): BodyPlan {
  let plan: BodyPlan;
  switch (model.kind) {
    case "problem":
      plan = problemPlan(model, options);
      break;
    case "module":
      plan = modulePlan(model, options);
      break;
    case "learning-outcome":
      plan = outcomePlan(model);
      break;
    case "course":
      plan = coursePlan(model);
      break;
    case "lens":
      plan = lensPlan(model);
      break;
    case "other":
      plan = otherPlan(model);
      break;
  }
  if (options.showDiagnostics && model.diagnostics.length > 0) {
    plan.rows.push(diagnosticsSection(model.note.path, model.diagnostics));
  }
  return plan;
}
