// A vault of many tiny notes in nested folders (one problem per hundred notes, the rest addressing it), plus one
// broken link and one binary file: the bench checks 100,000 of them, the test suite a small one of the same shape.
import { Buffer } from "node:buffer";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface TinyVaultShape {
  /** Top-level folders, each with `topics` subfolders of `perTopic` notes (a multiple of 100). */
  areas: number;
  topics: number;
  perTopic: number;
}

export const BIG_TINY_VAULT: TinyVaultShape = { areas: 10, topics: 10, perTopic: 1000 };

const PROBLEM = "---\ntags: [problem]\n---\n- Tiny question? ^q\n";

/** Writes the notes into `vault` (which exists) and returns the paths of the broken and the binary note. */
export function writeTinyVault(vault: string, shape: TinyVaultShape): { broken: string; binary: string } {
  for (let a = 0; a < shape.areas; a++) {
    for (let b = 0; b < shape.topics; b++) {
      const dir = path.join(vault, `area ${a}`, `topic ${b}`);
      mkdirSync(dir, { recursive: true });
      for (let c = 0; c < shape.perTopic; c++) {
        const isProblem = c % 100 === 0;
        const text = isProblem ? PROBLEM : `addresses:: [[P${a}-${b}-${c - (c % 100)}#^q]]\n`;
        writeFileSync(path.join(dir, isProblem ? `P${a}-${b}-${c}.md` : `n${c}.md`), text);
      }
    }
  }
  const broken = `area 0/topic 0/broken.md`;
  const binary = `area ${shape.areas - 1}/topic ${shape.topics - 1}/image.md`;
  writeFileSync(path.join(vault, broken), "addresses:: [[No such problem]]\n");
  writeFileSync(path.join(vault, binary), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a]));
  return { broken, binary };
}

/** How many notes `writeTinyVault` writes (the generated ones, the broken and the binary note). */
export function tinyVaultNotes(shape: TinyVaultShape): number {
  return shape.areas * shape.topics * shape.perTopic + 2;
}
