// An article's text as excerpts see it: as the platform publishes it, without frontmatter, trimmed.
import { rejectCriticMarkup, stripObsidianComments } from "./platform-text";

export function frontmatterBody(text: string): string {
  const plain = stripObsidianComments(rejectCriticMarkup(text.replace(/\r\n/g, "\n")));
  const m = /^---\n[\s\S]*?\n---\n([\s\S]*)$/.exec(plain);
  return (m ? (m[1] ?? "") : plain).trim();
}
