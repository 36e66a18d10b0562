// Modules esbuild.config.mjs makes up at build time for the CLI bundle.
declare module "virtual:html-app" {
  /** dist/html-app.js, the HTML export's browser app, as text. */
  const script: string;
  export default script;
}

declare module "virtual:export-css" {
  /** The export page's CSS: src/ui/styles, src/ui/export-page and src/ui/export-styles, concatenated. */
  const css: string;
  export default css;
}
