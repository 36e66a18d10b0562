// Link resolution through Obsidian's own metadata cache, so the index agrees with what Obsidian opens on click.
import type { MetadataCache } from "obsidian";
import type { LinkResolver } from "../core/index/mosaic-index";

export class ObsidianLinkResolver implements LinkResolver {
  constructor(private readonly metadataCache: MetadataCache) {}

  resolve(linkpath: string, fromPath: string): string | null {
    return this.metadataCache.getFirstLinkpathDest(linkpath, fromPath)?.path ?? null;
  }
}
