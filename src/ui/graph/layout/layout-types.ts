// What the layout worker takes and gives back: flat typed arrays, so they cross to the worker without copying objects.

/** Node kinds as small numbers, in GRAPH_NODE_KINDS order (problem 0 … other 7); the worker knows no names. */
export const KIND_CODE = {
  problem: 0,
  question: 1,
  module: 2,
  "learning-outcome": 3,
  lens: 4,
  course: 5,
  source: 6,
  other: 7,
} as const;

export interface LayoutInput {
  n: number;
  kinds: Uint8Array;
  radius: Float64Array;
  /** Link ends, two indices per link. */
  links: Uint32Array;
  /** Per link: 1 when it is part of a problem's or a course's tree (drawn as structure before force). */
  structural: Uint8Array;
  /** Known positions, NaN where unknown; with most of them known only the rest and their neighbours move. */
  x: Float64Array;
  y: Float64Array;
  /** Per node: 1 to keep it where it is (pinned by the user, or far from what changed). */
  fixed: Uint8Array;
  /** Wall-clock time the force phase may take; the layout plans its ticks to fit. */
  budgetMs: number;
}

export interface SeedResult {
  x: Float64Array;
  y: Float64Array;
  /** The structural tree each node was placed in (index of its root), -1 for loose notes. */
  group: Int32Array;
}

export interface LayoutResult {
  x: Float64Array;
  y: Float64Array;
  group: Int32Array;
  ticks: number;
  ms: number;
}
