// A fast 53-bit hash of a note's text (cyrb53), to tell a changed note from an unchanged one of the same size and time.

/** Held here: a global looked up in the loop is slow where globals go through an interceptor (jest's vm contexts). */
const imul = Math.imul;

/** cyrb53 over UTF-16 code units, as a base-36 string; not cryptographic, only a change detector. */
export function contentHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = imul(h1 ^ ch, 2654435761);
    h2 = imul(h2 ^ ch, 1597334677);
  }
  h1 = imul(h1 ^ (h1 >>> 16), 2246822507) ^ imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = imul(h2 ^ (h2 >>> 16), 2246822507) ^ imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
