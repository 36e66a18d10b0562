// The platform's checks made while it publishes: links in Text segments, and references it refuses as circular.
import type { Diagnostic, LensSection, ParsedNote } from "../model";
import { PlatformFlatten } from "./platform-flatten";
import { LensReport } from "./report";
import type { TimestampsReading } from "./timestamps";
import { textLinkChecks } from "./text-links";
import type { Steps } from "../steps";

export interface FlattenChecksVault {
  notePaths(): readonly string[];
  note(path: string): ParsedNote | undefined;
  timestampsReading(path: string): TimestampsReading | undefined;
}

/**
 * The diagnostics, pausing after each note (see core/steps.ts). `resolve`: Obsidian's resolution of a link path from a
 * note, for the hint of what to write instead.
 */
export function* flattenSteps(vault: FlattenChecksVault, resolve: (linkPath: string, from: string) => string | null): Steps<Diagnostic[]> {
  const reports = new Map<string, LensReport>();
  const reportOf = (file: string): LensReport => {
    let report = reports.get(file);
    if (!report) reports.set(file, (report = new LensReport(file)));
    return report;
  };
  const exists = (path: string): boolean => vault.note(path) !== undefined || vault.timestampsReading(path) !== undefined;
  const note = (path: string) => vault.note(path);
  // A segment is published once per module that uses it; its links are checked once.
  const checked = new Set<LensSection>();
  const flatten = new PlatformFlatten(
    { notePaths: () => vault.notePaths(), note, exists },
    {
      text(file, segment) {
        if (checked.has(segment)) return;
        checked.add(segment);
        textLinkChecks(segment, file, { note, exists, resolve }, reportOf(file));
      },
      circular(file, line, target, reason) {
        reportOf(file).error(line, "circular-reference", `Circular reference detected: ${target} (${reason}); the platform leaves it out`);
      },
    },
  );
  yield* flatten.steps();
  return [...reports.values()].flatMap((r) => r.list);
}
