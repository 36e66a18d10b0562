// Pan and zoom through d3-zoom: the current transform, fitting the graph, centring a node, keyboard panning.
import { select, zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from "d3";

export interface Bounds {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export class ViewZoom {
  transform: ZoomTransform = zoomIdentity;
  /** True once the user panned or zoomed: new layouts then keep the view instead of fitting. */
  userMoved = false;
  private readonly behaviour: ZoomBehavior<HTMLCanvasElement, unknown>;

  /** `grabsPointer` tells whether a press belongs to a node (a drag), so it must not start a pan. */
  constructor(
    private readonly canvas: HTMLCanvasElement,
    onChange: () => void,
    grabsPointer: (event: MouseEvent) => boolean,
  ) {
    this.behaviour = zoom<HTMLCanvasElement, unknown>()
      .scaleExtent([0.02, 16])
      .filter((event: MouseEvent) => (!event.ctrlKey || event.type === "wheel") && !event.button && !(event.type === "mousedown" && grabsPointer(event)))
      .on("zoom", (event: { transform: ZoomTransform; sourceEvent: Event | null }) => {
        this.transform = event.transform;
        if (event.sourceEvent) this.userMoved = true;
        onChange();
      });
    select(canvas).call(this.behaviour).on("dblclick.zoom", null);
  }

  /** Moves the view through d3-zoom, so its next gesture starts from here. */
  set(t: ZoomTransform): void {
    this.behaviour.transform(select(this.canvas), t);
  }

  /**
   * Fits `bounds` into the view, leaving `insetLeft` pixels free on the left (where the legend sits) and `margin`
   * screen pixels on each side for the labels of the nodes at the edges.
   */
  fit(bounds: Bounds, width: number, height: number, insetLeft = 0, margin = { x: 0, y: 0 }): void {
    this.userMoved = false;
    if (width === 0 || height === 0) return;
    const inset = insetLeft < width / 3 ? insetLeft : 0;
    // Labels never take more than half the view: a narrow pane still shows the graph.
    const padX = 40 + Math.min(2 * margin.x, (width - inset) / 2);
    const padY = 40 + Math.min(2 * margin.y, height / 2);
    const k = Math.min(2, (width - inset - padX) / Math.max(1, bounds.x1 - bounds.x0), (height - padY) / Math.max(1, bounds.y1 - bounds.y0));
    this.set(
      zoomIdentity
        .translate(inset + (width - inset) / 2, height / 2)
        .scale(Math.max(0.02, k))
        .translate(-(bounds.x0 + bounds.x1) / 2, -(bounds.y0 + bounds.y1) / 2),
    );
  }

  /** Centres a graph point, zooming in to at least `minScale`. */
  centreOn(x: number, y: number, width: number, height: number, minScale: number): void {
    this.set(zoomIdentity.translate(width / 2, height / 2).scale(Math.max(this.transform.k, minScale)).translate(-x, -y));
  }

  panBy(dx: number, dy: number): void {
    this.userMoved = true;
    this.set(this.transform.translate(dx / this.transform.k, dy / this.transform.k));
  }

  zoomBy(factor: number, width: number, height: number): void {
    this.userMoved = true;
    this.behaviour.scaleBy(select(this.canvas), factor, [width / 2, height / 2]);
  }

  destroy(): void {
    select(this.canvas).on(".zoom", null);
  }
}
