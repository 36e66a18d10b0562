// Pointer events on rows that stand for a note: opening (with its line), middle-click, hover preview and file menu.
import { closestInside } from "../dom";

/** The part of the sidebar's handlers that note rows use (SidebarHandlers in render-sidebar.ts documents them). */
export interface NoteRowHandlers {
  open(path: string, line: number | null, newTab: boolean): void;
  hover(event: MouseEvent, path: string, targetEl: HTMLElement): void;
  contextMenu(event: MouseEvent, path: string): void;
}

/** Opens what a `[data-path]` element stands for: its note, at `data-line` when it has one. */
export function openLink(handlers: NoteRowHandlers, link: HTMLElement, newTab: boolean): void {
  const path = link.dataset.path;
  if (path === undefined) return;
  const line = link.dataset.line === undefined ? null : Number(link.dataset.line);
  handlers.open(path, line !== null && Number.isFinite(line) ? line : null, newTab);
}

/** Listeners for middle-click (new tab), hover (Obsidian's page preview) and right-click (file menu) on note rows. */
export function pointerListeners(container: HTMLElement, handlers: NoteRowHandlers): [string, EventListener][] {
  const linkOf = (event: Event): HTMLElement | null => closestInside(event, "[data-path]", container);
  return [
    [
      "auxclick",
      (e) => {
        const link = linkOf(e);
        if ((e as MouseEvent).button !== 1 || !link) return;
        e.preventDefault();
        openLink(handlers, link, true);
      },
    ],
    [
      "mouseover",
      (e) => {
        const link = linkOf(e);
        if (!link) return;
        const from = (e as MouseEvent).relatedTarget as Node | null;
        if (from && typeof from.nodeType === "number" && link.contains(from)) return;
        const path = link.dataset.path;
        if (path !== undefined) handlers.hover(e as MouseEvent, path, link);
      },
    ],
    [
      "contextmenu",
      (e) => {
        const path = linkOf(e)?.dataset.path;
        if (path === undefined) return;
        e.preventDefault();
        handlers.contextMenu(e as MouseEvent, path);
      },
    ],
  ];
}
