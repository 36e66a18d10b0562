// The ```mosaic code block: resolves its links through Obsidian, renders from the index, re-renders on index changes.
import { MarkdownRenderChild, type HoverParent, type HoverPopover, type MarkdownPostProcessorContext, type Plugin } from "obsidian";
import type { MosaicIndex } from "../core/index/mosaic-index";
import type { NoteRef } from "../core/model";
import { parseBlock, type BlockDirective, type BlockSpec } from "../core/parse/code-block";
import { CodeBlockRenderer, type BlockSection, type CoverageRow } from "../ui/code-block/render-code-block";
import { leafStats } from "../ui/sidebar/question-rows";
import type { MosaicHost } from "./host";
import { sidebarModel } from "../core/query/sidebar";

export const CODE_BLOCK_LANGUAGE = "mosaic";

export interface CodeBlockHost extends MosaicHost {
  /** Obsidian's link resolution: the vault path `linkpath` leads to from `sourcePath`, or null. */
  resolveLink(linkpath: string, sourcePath: string): string | null;
  /** Fires Obsidian's page preview for a note shown in the block. */
  hoverLink?(event: MouseEvent, path: string, targetEl: HTMLElement, sourcePath: string, hoverParent: HoverParent): void;
}

function quoted(link: string): string {
  return `“${link}”`;
}

function coverageRow(index: MosaicIndex, path: string): CoverageRow | null {
  const tree = index.problemTree(path);
  if (!tree) return null;
  const stats = leafStats(tree.root);
  return { problem: { path, title: tree.title, kind: "problem" }, leaves: stats.leaves, addressed: stats.addressed, coverage: tree.coverage };
}

/** What one directive shows, from the index as it is now; a message (never a throw) when it cannot be shown. */
export function sectionFor(index: MosaicIndex, directive: BlockDirective, resolve: (link: string) => string | null): BlockSection {
  if (directive.kind === "coverage" && directive.link === null) {
    const rows = index.problems().flatMap((p) => coverageRow(index, p.path) ?? []);
    return { kind: "coverage", rows };
  }
  const link = directive.link ?? "";
  const path = resolve(link);
  const note = path === null ? undefined : index.note(path);
  const ref: NoteRef | null = path !== null && note ? { path, title: note.title, kind: note.kind } : null;
  switch (directive.kind) {
    case "tree":
    case "coverage": {
      if (!ref) return { kind: "message", text: `no problem note named ${quoted(link)}` };
      if (directive.kind === "coverage") {
        const row = coverageRow(index, ref.path);
        return row ? { kind: "coverage", rows: [row] } : { kind: "message", text: `${quoted(link)} is not a problem note (tag it #problem)` };
      }
      const problem = index.problemTree(ref.path);
      if (problem) return { kind: "tree", note: ref, root: problem.root, coverage: problem.coverage };
      const model = sidebarModel(index, ref.path);
      if (model?.kind === "module" && model.questions) return { kind: "tree", note: ref, root: model.questions, coverage: null };
      return { kind: "message", text: `${quoted(link)} is not a problem note (tag it #problem)` };
    }
    case "outcomes": {
      if (!ref) return { kind: "message", text: `no module note named ${quoted(link)}` };
      const model = sidebarModel(index, ref.path);
      if (model?.kind !== "module") return { kind: "message", text: `${quoted(link)} is not a module note` };
      return { kind: "outcomes", module: ref, outcomes: model.outcomes };
    }
  }
}

/** Every section of a block: its directives in order, then a message per line it could not read. */
export function blockSections(index: MosaicIndex, spec: BlockSpec, resolve: (link: string) => string | null): BlockSection[] {
  const sections = spec.directives.map((d) => sectionFor(index, d, resolve));
  for (const error of spec.errors) sections.push({ kind: "message", text: error });
  return sections;
}

/** One rendered block: lives as long as the block is in the preview, follows the index while it does. */
export class MosaicCodeBlock extends MarkdownRenderChild implements HoverParent {
  /** Obsidian's page preview keeps its popover here. */
  hoverPopover: HoverPopover | null = null;
  private renderer: CodeBlockRenderer | null = null;
  private renderedIndex: MosaicIndex | null = null;
  private renderedRevision = -1;
  private renderedSettings: unknown = null;
  renders = 0;

  constructor(
    containerEl: HTMLElement,
    private readonly host: CodeBlockHost,
    private readonly spec: BlockSpec,
    private readonly sourcePath: string,
  ) {
    super(containerEl);
  }

  override onload(): void {
    this.renderer = new CodeBlockRenderer(this.containerEl, {
      open: (path, line, newTab) => void this.host.openNote(path, line, newTab),
      hover: (event, path, targetEl) => this.host.hoverLink?.(event, path, targetEl, this.sourcePath, this),
    });
    this.render();
    this.register(this.host.onIndexChanged(() => this.render()));
  }

  override onunload(): void {
    this.renderer?.destroy();
    this.renderer = null;
  }

  /** Re-renders when the index (or the settings) changed since the last render. */
  render(): void {
    if (!this.renderer) return;
    const index = this.host.index;
    const settings = this.host.settings;
    if (index === this.renderedIndex && index.revision === this.renderedRevision && settings === this.renderedSettings) return;
    this.renderedIndex = index;
    this.renderedRevision = index.revision;
    this.renderedSettings = settings;
    let sections: BlockSection[];
    try {
      sections = blockSections(index, this.spec, (link) => this.host.resolveLink(link, this.sourcePath));
    } catch (e) {
      // A bug of ours must not take the note's preview down with it.
      sections = [{ kind: "message", text: `could not render this block (${e instanceof Error ? e.message : String(e)})` }];
    }
    this.renderer.render(sections, { depth: this.spec.depth, showAddressers: settings.showAddressers });
    this.renders++;
  }
}

export function registerCodeBlock(plugin: Plugin, host: CodeBlockHost): void {
  plugin.registerMarkdownCodeBlockProcessor(CODE_BLOCK_LANGUAGE, (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext) => {
    ctx.addChild(new MosaicCodeBlock(el, host, parseBlock(source), ctx.sourcePath));
  });
}
