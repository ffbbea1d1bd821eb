/** Text imports bundled by wrangler ([[rules]] type "Text" in wrangler.toml); used by the Worker entry only. */
declare module '*.yaml' {
  const text: string;
  export default text;
}
