// Section headings ("Learning outcomes", "Diagnostics (n)"...) and the diagnostics rows under them.
import type { Diagnostic } from "../../core/model";
import { el } from "../dom";
import type { Row } from "./lazy-tree";
import { emptyState, flairCount } from "./parts";

export interface SectionOptions {
  count?: number;
  defaultCollapsed?: boolean;
  filterExempt?: boolean;
  /** Shown as a muted row when the section has nothing in it. */
  empty?: string;
  cls?: string;
}

/** A muted row saying why a list is empty. */
export function emptyRow(message: string): Row {
  return {
    key: null,
    path: null,
    line: null,
    matchText: null,
    cls: ["mosaic-empty-row"],
    children: null,
    defaultCollapsed: false,
    fill(inner) {
      emptyState(inner, message, "span");
    },
  };
}

export function sectionRow(key: string, label: string, rows: Row[], options: SectionOptions = {}): Row {
  const children = rows.length === 0 && options.empty ? [emptyRow(options.empty)] : rows;
  return {
    key,
    path: null,
    line: null,
    matchText: null,
    cls: ["mosaic-section", ...(options.cls ? [options.cls] : [])],
    children: children.length > 0 ? () => children : null,
    defaultCollapsed: options.defaultCollapsed ?? false,
    filterExempt: options.filterExempt,
    fill(inner, flair) {
      el(inner, "span", { cls: "mosaic-section-title", text: label });
      if (options.count !== undefined) flairCount(flair, String(options.count), `${options.count}`);
    },
  };
}

export function diagnosticRow(d: Diagnostic): Row {
  return {
    key: null,
    path: d.file,
    line: d.line,
    matchText: null,
    cls: ["mosaic-diagnostic", `mosaic-severity-${d.severity}`],
    children: null,
    defaultCollapsed: false,
    filterExempt: true,
    fill(inner) {
      const where = d.line === null ? "file" : `line ${d.line}`;
      el(inner, "span", { cls: "mosaic-diagnostic-where", text: `${where} · ` });
      el(inner, "span", { cls: "mosaic-diagnostic-severity", text: d.severity });
      el(inner, "span", { cls: "mosaic-diagnostic-message", text: ` · ${d.message}`, title: d.code });
    },
  };
}

export function diagnosticsSection(notePath: string, diagnostics: Diagnostic[]): Row {
  const hasError = diagnostics.some((d) => d.severity === "error");
  return sectionRow(`${notePath}#mosaic-diagnostics`, `Diagnostics (${diagnostics.length})`, diagnostics.map(diagnosticRow), {
    defaultCollapsed: !hasError,
    filterExempt: true,
    cls: "mosaic-diagnostics",
  });
}
