// Lorem-like but word-varied prose for generated notes: a domain vocabulary plus seeded pseudo-words, Zipf-skewed.
import { Rng } from "./prng";

const DOMAIN_WORDS = (
  "the of and to a in that is for it as with be on not this are by or can we an from but which they model " +
  "models agent agents training trained reward rewards policy policies value values alignment aligned goal goals " +
  "optimization optimizer mesa inner outer objective objectives learning learned system systems human humans " +
  "behaviour behavior capability capabilities generalization generalize distribution shift data dataset gradient " +
  "descent loss function network networks neural weights circuit circuits feature features representation " +
  "representations abstraction abstractions natural world environment interpretability oversight scalable " +
  "debate amplification corrigibility corrigible deception deceptive honest honesty truthful preference " +
  "preferences utility expected decision theory embedded agency boundary boundaries modularity modular " +
  "selection pressure evolution evolved simulator simulators language large prediction predictive token " +
  "context reasoning chain thought planning planner search heuristic proxy proxies specification gaming " +
  "hacking robustness adversarial attack attacks evaluation evaluations benchmark experiment experiments " +
  "result results evidence argument arguments claim claims assumption assumptions question questions problem " +
  "problems answer answers open partial research researchers paper post author authors section figure table " +
  "approach approaches method methods framework frameworks toy example examples case cases regime regimes " +
  "sharp left turn takeoff fast slow discontinuity continuous progress risk risks catastrophe catastrophic " +
  "control controller steering shard shards theory empirical formal informal proof proofs bound bounds " +
  "uncertainty probability bayesian prior posterior inference causal structure structures graph latent " +
  "variable variables state states action actions observation observations trajectory trajectories episode " +
  "feedback loop loops cycle cascade insight insights recursive recursion improvement self modification " +
  "stable stability fixed point points limit limits scale scaling law laws compute parameters tokens " +
  "instrumental convergence convergent power seeking resources survival shutdown button off switch " +
  "myopia myopic horizon long short term terms incentive incentives oracle tool tools task tasks " +
  "however therefore moreover although because whether while where when why how what who whose some many " +
  "most few every each other another such same different important central hard easy difficult likely " +
  "unlikely plausible strong weak general specific particular useful clear unclear simple complex new old " +
  "first second third next last early later often rarely usually always never perhaps maybe indeed"
).split(" ");

const SYLLABLES = "ka ri to me lu sa no vi de ra co mi pe tu la ve si mo ne da fi ro ga be lo zu ni ta ke po".split(" ");

/** The shared vocabulary: fixed (its own seed), so every vault draws from the same words. */
function buildVocabulary(): string[] {
  const rng = new Rng(0x5eed);
  const words = [...DOMAIN_WORDS];
  const seen = new Set(words);
  while (words.length < 2400) {
    let word = "";
    const n = rng.int(2, 4);
    for (let i = 0; i < n; i++) word += rng.pick(SYLLABLES);
    if (!seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  }
  return words;
}

export const VOCABULARY: readonly string[] = buildVocabulary();

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function words(rng: Rng, count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(rng.pickSkewed(VOCABULARY));
  return out.join(" ");
}

export function sentence(rng: Rng, min = 6, max = 20): string {
  return capitalize(words(rng, rng.int(min, max))) + rng.pick([".", ".", ".", ".", "?", ";"]).replace(";", ".");
}

export function question(rng: Rng): string {
  const opener = rng.pick(["How", "Why", "What", "When", "Can we", "Does", "Is there", "To what extent do", "Which"]);
  return `${opener} ${words(rng, rng.int(4, 16))}?`;
}

/** A paragraph of 3–8 sentences; returns the text and its word count. */
export function paragraph(rng: Rng): { text: string; words: number } {
  const sentences: string[] = [];
  const n = rng.int(3, 8);
  for (let i = 0; i < n; i++) sentences.push(sentence(rng));
  const text = sentences.join(" ");
  return { text, words: text.split(" ").length };
}

/** A title of a few capitalised words (no characters Obsidian forbids in file names). */
export function title(rng: Rng, min = 2, max = 6): string {
  return words(rng, rng.int(min, max))
    .split(" ")
    .map((w, i) => (i === 0 || w.length > 3 ? capitalize(w) : w))
    .join(" ");
}

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
