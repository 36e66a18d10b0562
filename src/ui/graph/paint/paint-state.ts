// What one frame of the graph is painted from: the scene, the view transform, the theme and the highlighted nodes.
import type { ZoomTransform } from "d3";
import type { GraphScene, SceneNode } from "../graph-scene";
import type { GraphTheme } from "./graph-theme";

export interface PaintState {
  scene: GraphScene;
  transform: ZoomTransform;
  width: number;
  height: number;
  dpr: number;
  theme: GraphTheme;
  hovered: SceneNode | null;
  selected: SceneNode | null;
  /** Search matches, ringed in the accent colour. */
  matches: readonly SceneNode[];
}
