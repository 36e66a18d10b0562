// A minimal element for node tests (no DOM there), and Obsidian's HTMLElement helpers polyfilled for a real browser DOM.

export interface ElOptions {
  cls?: string | string[];
  text?: string;
  attr?: Record<string, string | number | boolean | null>;
  title?: string;
  type?: string;
  value?: string;
  placeholder?: string;
}

type Listener = (event: unknown) => unknown;

/** Just enough of HTMLElement plus Obsidian's createEl/createDiv/empty/setText helpers for node tests. */
export class FakeElement {
  readonly tagName: string;
  children: FakeElement[] = [];
  parentElement: FakeElement | null = null;
  private ownText = "";
  private classes = new Set<string>();
  private attrs = new Map<string, string>();
  private listeners = new Map<string, Listener[]>();
  value = "";
  checked = false;
  placeholder = "";

  constructor(tag: string) {
    this.tagName = tag.toUpperCase();
    this.nodeType = tag === "#text" ? 3 : 1;
  }

  // ---- just enough DOM for src/ui's renderers (src/ui/dom.ts builds through `ownerDocument`)
  readonly nodeType: number;
  get ownerDocument(): FakeDocument {
    return FAKE_DOCUMENT;
  }
  get firstChild(): FakeElement | null {
    return this.children[0] ?? null;
  }
  get lastChild(): FakeElement | null {
    return this.children[this.children.length - 1] ?? null;
  }
  get title(): string {
    return this.getAttr("title") ?? "";
  }
  set title(value: string) {
    this.setAttr("title", value);
  }
  /** A snapshot of the `data-*` attributes, camel-cased as the DOM does (read-only here). */
  get dataset(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, v] of this.attrs) if (k.startsWith("data-")) out[k.slice(5).replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase())] = v;
    return out;
  }
  insertBefore<T extends FakeElement>(el: T, ref: FakeElement | null): T {
    if (ref === null) return this.appendChild(el);
    el.parentElement?.removeChild(el);
    el.parentElement = this;
    const i = this.children.indexOf(ref);
    this.children.splice(i < 0 ? this.children.length : i, 0, el);
    return el;
  }
  removeAttribute(name: string): void {
    this.attrs.delete(name);
  }
  contains(other: FakeElement | null): boolean {
    for (let n: FakeElement | null = other; n; n = n.parentElement) if (n === this) return true;
    return false;
  }
  /** Simple selectors only: `tag`, `.class`, `[attr]`, `:not(...)`, compounds of them. */
  matches(selector: string): boolean {
    return selector.split(",").some((s) => matchCompound(this, s.trim()));
  }
  closest(selector: string): FakeElement | null {
    if (this.nodeType === 1 && this.matches(selector)) return this;
    return this.parentElement ? this.parentElement.closest(selector) : null;
  }
  /** `:scope > a > b` chains, or one compound matched against every descendant. */
  querySelectorAll(selector: string): FakeElement[] {
    const scoped = /^:scope\s*>/.exec(selector);
    if (scoped) {
      let current: FakeElement[] = [this];
      for (const step of selector.slice(scoped[0].length).split(">").map((x) => x.trim())) {
        current = current.flatMap((c) => c.children.filter((k) => k.nodeType === 1 && k.matches(step)));
      }
      return current;
    }
    return this.all__().filter((e) => e !== this && e.nodeType === 1 && e.matches(selector));
  }
  querySelector(selector: string): FakeElement | null {
    return this.querySelectorAll(selector)[0] ?? null;
  }
  focus(): void {}
  blur(): void {}

  get textContent(): string {
    return this.ownText + this.children.map((c) => c.textContent).join("");
  }
  set textContent(text: string) {
    this.children = [];
    this.ownText = text;
  }
  get className(): string {
    return [...this.classes].join(" ");
  }
  get classList(): {
    contains(c: string): boolean;
    add(...c: string[]): void;
    remove(...c: string[]): void;
    toggle(c: string, force?: boolean): boolean;
    [Symbol.iterator](): Iterator<string>;
  } {
    return {
      contains: (c) => this.classes.has(c),
      add: (...c) => c.forEach((x) => this.classes.add(x)),
      remove: (...c) => c.forEach((x) => this.classes.delete(x)),
      toggle: (c, force) => {
        const on = force ?? !this.classes.has(c);
        if (on) this.classes.add(c);
        else this.classes.delete(c);
        return on;
      },
      [Symbol.iterator]: () => [...this.classes][Symbol.iterator](),
    };
  }

  createEl(tag: string, o?: ElOptions | string, callback?: (el: FakeElement) => void): FakeElement {
    const el = new FakeElement(tag);
    const opts: ElOptions = typeof o === "string" ? { cls: o } : (o ?? {});
    if (opts.cls !== undefined) el.addClass(...(Array.isArray(opts.cls) ? opts.cls : opts.cls.split(" ")));
    if (opts.text !== undefined) el.ownText = opts.text;
    if (opts.value !== undefined) el.value = opts.value;
    if (opts.placeholder !== undefined) el.placeholder = opts.placeholder;
    if (opts.type !== undefined) el.setAttr("type", opts.type);
    if (opts.title !== undefined) el.setAttr("title", opts.title);
    for (const [k, v] of Object.entries(opts.attr ?? {})) if (v !== null && v !== false) el.setAttr(k, String(v));
    this.appendChild(el);
    callback?.(el);
    return el;
  }
  createDiv(o?: ElOptions | string, callback?: (el: FakeElement) => void): FakeElement {
    return this.createEl("div", o, callback);
  }
  createSpan(o?: ElOptions | string, callback?: (el: FakeElement) => void): FakeElement {
    return this.createEl("span", o, callback);
  }
  appendChild<T extends FakeElement>(el: T): T {
    el.parentElement?.removeChild(el);
    el.parentElement = this;
    this.children.push(el);
    return el;
  }
  removeChild<T extends FakeElement>(el: T): T {
    this.children = this.children.filter((c) => c !== el);
    el.parentElement = null;
    return el;
  }
  remove(): void {
    this.parentElement?.removeChild(this);
  }
  detach(): void {
    this.remove();
  }
  empty(): void {
    this.children = [];
    this.ownText = "";
  }
  setText(text: string): void {
    this.textContent = text;
  }
  addClass(...cls: string[]): void {
    cls.filter((c) => c !== "").forEach((c) => this.classes.add(c));
  }
  removeClass(...cls: string[]): void {
    cls.forEach((c) => this.classes.delete(c));
  }
  toggleClass(cls: string, on: boolean): void {
    if (on) this.classes.add(cls);
    else this.classes.delete(cls);
  }
  hasClass(cls: string): boolean {
    return this.classes.has(cls);
  }
  setAttr(name: string, value: string | number | boolean | null): void {
    if (value === null) this.attrs.delete(name);
    else this.attrs.set(name, String(value));
  }
  setAttribute(name: string, value: string): void {
    this.setAttr(name, value);
  }
  getAttr(name: string): string | null {
    return this.attrs.get(name) ?? null;
  }
  getAttribute(name: string): string | null {
    return this.getAttr(name);
  }
  show(): void {
    this.removeClass("is-hidden");
  }
  hide(): void {
    this.addClass("is-hidden");
  }
  toggle(show: boolean): void {
    this.toggleClass("is-hidden", !show);
  }
  addEventListener(type: string, listener: Listener): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  removeEventListener(type: string, listener: Listener): void {
    this.listeners.set(type, (this.listeners.get(type) ?? []).filter((l) => l !== listener));
  }
  /** Test helper: fires `type` at this element's own listeners. */
  dispatch__(type: string, event: unknown = {}): void {
    for (const l of this.listeners.get(type) ?? []) l(event);
  }
  click__(): void {
    this.dispatch__("click", { button: 0, ctrlKey: false, metaKey: false, preventDefault: () => undefined });
  }
  /** Test helper: this element and all descendants, depth first. */
  all__(): FakeElement[] {
    return [this, ...this.children.flatMap((c) => c.all__())];
  }
  findAll__(cls: string): FakeElement[] {
    return this.all__().filter((e) => e.hasClass(cls));
  }
  find__(cls: string): FakeElement | undefined {
    return this.findAll__(cls)[0];
  }
}

/** What src/ui/dom.ts asks of `ownerDocument`. */
export interface FakeDocument {
  createElement(tag: string): FakeElement;
  createElementNS(ns: string, tag: string): FakeElement;
  createTextNode(text: string): FakeElement;
}

const FAKE_DOCUMENT: FakeDocument = {
  createElement: (tag) => new FakeElement(tag),
  createElementNS: (_ns, tag) => new FakeElement(tag),
  createTextNode: (text) => {
    const node = new FakeElement("#text");
    node.textContent = text;
    return node;
  },
};

function matchCompound(el: FakeElement, selector: string): boolean {
  let rest = selector;
  const nots: string[] = [];
  rest = rest.replace(/:not\(([^)]*)\)/g, (_m, inner: string) => {
    nots.push(inner);
    return "";
  });
  const tag = /^[a-zA-Z][\w-]*/.exec(rest)?.[0];
  if (tag !== undefined && el.tagName !== tag.toUpperCase()) return false;
  for (const m of rest.matchAll(/\.([\w-]+)/g)) if (!el.hasClass(m[1] ?? "")) return false;
  for (const m of rest.matchAll(/\[([\w-]+)(?:="([^"]*)")?\]/g)) {
    const value = el.getAttr(m[1] ?? "");
    if (value === null || (m[2] !== undefined && value !== m[2])) return false;
  }
  return !nots.some((n) => matchCompound(el, n.trim()));
}

/** A container element: a real one where a DOM exists (browser tests), else a FakeElement. Typed as HTMLElement for callers. */
export function createContainer(tag = "div"): HTMLElement {
  if (typeof document !== "undefined") {
    installDomHelpers();
    return document.createElement(tag);
  }
  return new FakeElement(tag) as unknown as HTMLElement;
}

let installed = false;

/** Adds Obsidian's HTMLElement/Node helpers (createEl, createDiv, createSpan, empty, setText, addClass, ...) to a real DOM. */
export function installDomHelpers(): void {
  if (installed || typeof HTMLElement === "undefined") return;
  installed = true;
  const proto = HTMLElement.prototype as unknown as Record<string, unknown>;
  function createElIn(this: HTMLElement, tag: string, o?: ElOptions | string, callback?: (el: HTMLElement) => void): HTMLElement {
    const el = this.ownerDocument.createElement(tag);
    const opts: ElOptions = typeof o === "string" ? { cls: o } : (o ?? {});
    if (opts.cls !== undefined) el.classList.add(...(Array.isArray(opts.cls) ? opts.cls : opts.cls.split(" ")).filter((c) => c !== ""));
    if (opts.text !== undefined) el.textContent = opts.text;
    if (opts.type !== undefined) el.setAttribute("type", opts.type);
    if (opts.title !== undefined) el.setAttribute("title", opts.title);
    if (opts.placeholder !== undefined) el.setAttribute("placeholder", opts.placeholder);
    if (opts.value !== undefined) (el as HTMLInputElement).value = opts.value;
    for (const [k, v] of Object.entries(opts.attr ?? {})) if (v !== null && v !== false) el.setAttribute(k, String(v));
    this.appendChild(el);
    callback?.(el);
    return el;
  }
  const helpers: Record<string, unknown> = {
    createEl: createElIn,
    createDiv(this: HTMLElement, o?: ElOptions | string, cb?: (el: HTMLElement) => void) {
      return createElIn.call(this, "div", o, cb);
    },
    createSpan(this: HTMLElement, o?: ElOptions | string, cb?: (el: HTMLElement) => void) {
      return createElIn.call(this, "span", o, cb);
    },
    empty(this: HTMLElement) {
      while (this.firstChild) this.removeChild(this.firstChild);
    },
    setText(this: HTMLElement, text: string) {
      this.textContent = text;
    },
    addClass(this: HTMLElement, ...cls: string[]) {
      this.classList.add(...cls);
    },
    removeClass(this: HTMLElement, ...cls: string[]) {
      this.classList.remove(...cls);
    },
    toggleClass(this: HTMLElement, cls: string, on: boolean) {
      this.classList.toggle(cls, on);
    },
    hasClass(this: HTMLElement, cls: string) {
      return this.classList.contains(cls);
    },
    setAttr(this: HTMLElement, name: string, value: string | number | boolean | null) {
      if (value === null) this.removeAttribute(name);
      else this.setAttribute(name, String(value));
    },
    getAttr(this: HTMLElement, name: string) {
      return this.getAttribute(name);
    },
    detach(this: HTMLElement) {
      this.remove();
    },
    show(this: HTMLElement) {
      this.classList.remove("is-hidden");
    },
    hide(this: HTMLElement) {
      this.classList.add("is-hidden");
    },
    toggle(this: HTMLElement, show: boolean) {
      this.classList.toggle("is-hidden", !show);
    },
  };
  for (const [name, fn] of Object.entries(helpers)) if (!(name in proto)) proto[name] = fn;
}
