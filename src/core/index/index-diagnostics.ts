// The index's diagnostics: each note's own, broken links, duplicate ids, parent cycles, Lens vault checks and unreadable
// files, filtered to the checked notes, sorted, deduplicated and kept until the index changes.
import type { Diagnostic } from "../model";
import { lensVaultDiagnostics, lensVaultSteps, type LensVault } from "../lens/vault-checks";
import type { Steps } from "../steps";
import { compareDiagnostics, dedupeDiagnostics } from "./diagnostic-order";
import type { IndexData } from "./index-data";
import { linkDiagnostics } from "./link-diagnostics";
import { NameSuggester } from "./name-suggester";

/** What the index tells its diagnostics; every read is of the index as it is now (already settled). */
export interface DiagnosticSources {
  vault: LensVault & IndexData;
  /** Changes whenever the index does. */
  revision(): number;
  /** Duplicate-id diagnostics: all of them, or those of one note. */
  idDiagnostics(path?: string): Diagnostic[];
  parentDiagnostics(): Diagnostic[];
  unreadable(): ReadonlyMap<string, string>;
  isTimestamps(path: string): boolean;
  resolve(linkPath: string, fromPath: string): string | null;
  /** Indexed but not checked: `validator-ignore` notes and paths matching the ignore globs. */
  unchecked(path: string): boolean;
}

export class IndexDiagnostics {
  private all: { rev: number; unresolved: boolean; list: Diagnostic[] } | null = null;
  private lens: { rev: number; list: Diagnostic[] } | null = null;
  private suggester: NameSuggester | null = null;

  constructor(private readonly src: DiagnosticSources) {}

  /** All diagnostics, sorted by file then line; `unresolved` adds `unresolved-link` infos for plain body links. */
  list(unresolved: boolean): Diagnostic[] {
    const rev = this.src.revision();
    if (this.all?.rev === rev && this.all.unresolved === unresolved) return [...this.all.list];
    const { vault } = this.src;
    const list: Diagnostic[] = [];
    for (const path of vault.notePaths()) append(list, vault.note(path)?.diagnostics ?? []);
    for (const path of vault.notePaths()) append(list, this.linkChecks(path, unresolved));
    for (const part of [this.src.idDiagnostics(), this.src.parentDiagnostics(), this.lensChecks()]) append(list, part);
    for (const [path, reason] of this.src.unreadable()) list.push(unreadableDiagnostic(path, reason));
    const sorted = this.finish(list);
    this.all = { rev, unresolved, list: sorted };
    return [...sorted];
  }

  /** Diagnostics of one file: its own and the index-level ones (links, ids, cycles, Lens checks). */
  of(path: string, unresolved: boolean): Diagnostic[] {
    const list: Diagnostic[] = [];
    const note = this.src.vault.note(path);
    if (note) {
      for (const part of [note.diagnostics, this.linkChecks(path, unresolved), this.src.idDiagnostics(path)]) append(list, part);
      append(list, this.src.parentDiagnostics().filter((d) => d.file === path));
    }
    if (note || this.src.isTimestamps(path)) append(list, this.lensChecks().filter((d) => d.file === path));
    const reason = this.src.unreadable().get(path);
    if (reason !== undefined) list.push(unreadableDiagnostic(path, reason));
    return this.finish(list);
  }

  private finish(list: Diagnostic[]): Diagnostic[] {
    return dedupeDiagnostics(list.filter((d) => !this.src.unchecked(d.file)).sort(compareDiagnostics));
  }

  /**
   * Works out the Lens checks across notes a step at a time (each later read of the diagnostics then takes them as
   * they are); a change to the index meanwhile leaves them to be worked out again when asked for.
   */
  *prepare(): Steps<void> {
    const rev = this.src.revision();
    if (this.lens?.rev === rev) return;
    const list = yield* lensVaultSteps(this.src.vault, (link, from) => this.src.resolve(link, from));
    if (this.src.revision() === rev) this.lens = { rev, list };
  }

  /** Lens checks across notes (platform links, tiers, excerpts, slugs), kept until the index changes. */
  private lensChecks(): Diagnostic[] {
    const rev = this.src.revision();
    if (this.lens?.rev !== rev) this.lens = { rev, list: lensVaultDiagnostics(this.src.vault, (link, from) => this.src.resolve(link, from)) };
    return this.lens.list;
  }

  private linkChecks(path: string, unresolved: boolean): Diagnostic[] {
    return linkDiagnostics(this.src.vault, path, { unresolved, suggest: (target) => this.nameSuggester().suggest(target) });
  }

  /** Built on the first broken link after the set of notes changed. */
  private nameSuggester(): NameSuggester {
    const paths = this.src.vault.notePaths();
    if (this.suggester?.paths !== paths) this.suggester = new NameSuggester(paths);
    return this.suggester;
  }
}

function unreadableDiagnostic(path: string, reason: string): Diagnostic {
  return { file: path, line: null, severity: "error", code: "unreadable-file", message: `Cannot read file: ${reason}` };
}

/** Appends one by one: a hostile note can have more diagnostics than a spread call takes arguments. */
function append(list: Diagnostic[], items: readonly Diagnostic[]): void {
  for (const item of items) list.push(item);
}
