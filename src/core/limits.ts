// Size limits that the reader and the writers share, so nothing writes a note that Mosaic would then refuse to read.

/** The largest note the CLI reads (bytes); a write that would make a note larger is refused. */
export const MAX_NOTE_BYTES = 10 * 1024 * 1024;

/** The largest outline file `import` reads (bytes): checked before any parsing starts. */
export const MAX_IMPORT_BYTES = MAX_NOTE_BYTES;
