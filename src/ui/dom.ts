// Tiny DOM builder for src/ui: elements come from the parent's own document and text goes in through textContent only.

export type AttrValue = string | number | boolean | null | undefined;

export interface ElOptions {
  /** One class, several separated by spaces, or a list. */
  cls?: string | readonly string[];
  /** Set as textContent, never parsed as HTML. */
  text?: string;
  /** Attributes; `true` sets an empty attribute, `false`/null/undefined leaves it out. */
  attr?: Record<string, AttrValue>;
  title?: string;
}

const SVG_NS = "http://www.w3.org/2000/svg";

function docOf(parent: Node): Document {
  return parent.ownerDocument ?? (parent as Document);
}

function addClasses(node: Element, cls: string | readonly string[] | undefined): void {
  if (!cls) return;
  const list = typeof cls === "string" ? cls.split(" ") : cls;
  for (const c of list) if (c) node.classList.add(c);
}

function setAttrs(node: Element, attr: Record<string, AttrValue> | undefined): void {
  if (!attr) return;
  for (const [name, value] of Object.entries(attr)) {
    if (value === false || value === null || value === undefined) continue;
    node.setAttribute(name, value === true ? "" : String(value));
  }
}

/** Creates `<tag>` in the parent's document, applies the options and appends it to the parent. */
export function el<K extends keyof HTMLElementTagNameMap>(
  parent: Element | DocumentFragment,
  tag: K,
  options: ElOptions = {},
): HTMLElementTagNameMap[K] {
  const node = docOf(parent).createElement(tag);
  addClasses(node, options.cls);
  setAttrs(node, options.attr);
  if (options.title !== undefined) node.title = options.title;
  if (options.text !== undefined) node.textContent = options.text;
  parent.appendChild(node);
  return node;
}

/** Creates an SVG element (namespace-correct) under the parent. */
export function svgEl(parent: Element, tag: string, attr: Record<string, AttrValue> = {}, cls?: string): SVGElement {
  const node = docOf(parent).createElementNS(SVG_NS, tag);
  addClasses(node, cls);
  setAttrs(node, attr);
  parent.appendChild(node);
  return node;
}

/** Appends a text node. */
export function text(parent: Element | DocumentFragment, value: string): Text {
  const node = docOf(parent).createTextNode(value);
  parent.appendChild(node);
  return node;
}

/** Removes every child. */
export function clear(node: Element): void {
  while (node.lastChild) node.removeChild(node.lastChild);
}

/**
 * The closest element matching `selector` from the event's target, inside `root` only. Duck-typed rather than
 * `instanceof`, which fails for elements of Obsidian's pop-out windows (each window has its own classes).
 */
export function closestInside(event: Event, selector: string, root: Element): HTMLElement | null {
  const target = event.target as Element | null;
  if (!target || typeof target.closest !== "function") return null;
  const found = target.closest<HTMLElement>(selector);
  return found && root.contains(found) ? found : null;
}
