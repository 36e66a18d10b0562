// The mouse on the canvas: hover, click to select (nothing moves), drag past a threshold to move and pin, double-click to unpin.
import type { SceneNode } from "../graph-scene";

export interface PointerHost {
  nodeAtClient(clientX: number, clientY: number): SceneNode | null;
  toGraph(clientX: number, clientY: number): [number, number];
  hover(node: SceneNode | null, event: MouseEvent): void;
  click(node: SceneNode | null, event: MouseEvent): void;
  /** The node followed the pointer (repaint). */
  dragged(node: SceneNode): void;
  /** A drag ended: the node stays where it was dropped. */
  dropped(node: SceneNode): void;
  unpin(node: SceneNode): void;
}

/** A press that moves less than this (CSS px) is a click, never a drag. */
export const DRAG_THRESHOLD_PX = 4;

interface Press {
  node: SceneNode;
  x: number;
  y: number;
  /** Where on the node it was grabbed (graph units), so it does not jump to centre on the pointer. */
  dx: number;
  dy: number;
  dragging: boolean;
}

export class PointerInput {
  private press: Press | null = null;
  /** The click event that follows a drag's mouseup is not a click. */
  private swallowClick = false;
  private readonly win: Window;

  constructor(
    private readonly canvas: HTMLCanvasElement,
    private readonly host: PointerHost,
  ) {
    this.win = canvas.ownerDocument.defaultView ?? window;
    canvas.addEventListener("mousedown", this.onDown);
    canvas.addEventListener("mousemove", this.onHover);
    canvas.addEventListener("mouseleave", this.onLeave);
    canvas.addEventListener("click", this.onClick);
    canvas.addEventListener("dblclick", this.onDoubleClick);
  }

  /** Whether a press at this event lands on a node (then it is ours, not a pan). */
  grabs(event: MouseEvent): boolean {
    return this.host.nodeAtClient(event.clientX, event.clientY) !== null;
  }

  get dragging(): boolean {
    return this.press?.dragging ?? false;
  }

  destroy(): void {
    this.canvas.removeEventListener("mousedown", this.onDown);
    this.canvas.removeEventListener("mousemove", this.onHover);
    this.canvas.removeEventListener("mouseleave", this.onLeave);
    this.canvas.removeEventListener("click", this.onClick);
    this.canvas.removeEventListener("dblclick", this.onDoubleClick);
    this.endPress();
  }

  private readonly onDown = (event: MouseEvent): void => {
    if (event.button !== 0) return;
    const node = this.host.nodeAtClient(event.clientX, event.clientY);
    if (!node) return;
    event.preventDefault();
    const [gx, gy] = this.host.toGraph(event.clientX, event.clientY);
    this.press = { node, x: event.clientX, y: event.clientY, dx: node.x - gx, dy: node.y - gy, dragging: false };
    this.swallowClick = false;
    this.win.addEventListener("mousemove", this.onDrag);
    this.win.addEventListener("mouseup", this.onUp);
  };

  private readonly onDrag = (event: MouseEvent): void => {
    const press = this.press;
    if (!press) return;
    if (!press.dragging && Math.hypot(event.clientX - press.x, event.clientY - press.y) < DRAG_THRESHOLD_PX) return;
    press.dragging = true;
    const [x, y] = this.host.toGraph(event.clientX, event.clientY);
    press.node.x = x + press.dx;
    press.node.y = y + press.dy;
    press.node.pinned = true;
    this.host.dragged(press.node);
  };

  private readonly onUp = (): void => {
    const press = this.press;
    this.endPress();
    if (press?.dragging) {
      this.swallowClick = true;
      this.host.dropped(press.node);
    }
  };

  private endPress(): void {
    this.press = null;
    this.win.removeEventListener("mousemove", this.onDrag);
    this.win.removeEventListener("mouseup", this.onUp);
  }

  private readonly onHover = (event: MouseEvent): void => {
    if (this.press?.dragging) return;
    this.host.hover(this.host.nodeAtClient(event.clientX, event.clientY), event);
  };

  private readonly onLeave = (event: MouseEvent): void => {
    if (!this.press) this.host.hover(null, event);
  };

  private readonly onClick = (event: MouseEvent): void => {
    if (this.swallowClick) {
      this.swallowClick = false;
      return;
    }
    this.host.click(this.host.nodeAtClient(event.clientX, event.clientY), event);
  };

  private readonly onDoubleClick = (event: MouseEvent): void => {
    const node = this.host.nodeAtClient(event.clientX, event.clientY);
    if (node?.pinned) this.host.unpin(node);
  };
}
