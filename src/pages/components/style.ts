/**
 * The one stylesheet, served by the app at /assets/site.css (no CDN, no web fonts). Colours keep
 * at least 4.5:1 contrast on their backgrounds; the print rules leave the text and its citations.
 */
export const STYLESHEET_PATH = '/assets/site.css';

/** The site icon (SVG: browsers read it at /favicon.ico by its Content-Type): the header's navy with a section sign. */
export const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#12263f"/><text x="16" y="23" font-family="Georgia,serif" font-size="20" text-anchor="middle" fill="#fff">§</text></svg>`;

export const STYLESHEET = `
:root {
  --ink: #1b1b1b; --muted: #4a4a4a; --paper: #ffffff; --soft: #f3f4f6; --line: #c9ced6;
  --link: #0b4f8a; --accent: #7a2e00; --mark: #ffe27a; --ok: #1d5e20; --warn: #7a4b00; --bad: #8a1c1c;
  --focus: #1f6feb;
}
* { box-sizing: border-box; }
html { font-size: 100%; -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: var(--paper); font: 1rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
a { color: var(--link); text-underline-offset: 2px; }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: -9999px; top: 0; background: var(--paper); padding: .5rem 1rem; z-index: 10; }
.skip:focus { left: .5rem; top: .5rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
header.site { background: #12263f; color: #fff; }
header.site .bar { max-width: 72rem; margin: 0 auto; padding: .6rem 1rem; display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; align-items: baseline; }
header.site a { color: #fff; }
header.site .brand { font-weight: 700; text-decoration: none; margin-right: auto; }
header.site nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .2rem 1rem; }
header.site nav a[aria-current="page"] { text-decoration-thickness: 3px; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
footer.site { border-top: 1px solid var(--line); margin-top: 3rem; padding: 1rem; color: var(--muted); font-size: .9rem; }
footer.site p { max-width: 72rem; margin: .3rem auto; }
h1 { font-size: 1.7rem; line-height: 1.25; margin: .6rem 0 1rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .6rem; }
h3 { font-size: 1.1rem; margin: 1.4rem 0 .4rem; }
.lede { color: var(--muted); max-width: 60ch; }
.notice { border-left: 4px solid var(--warn); background: #fff8e6; padding: .6rem .9rem; margin: 1rem 0; max-width: 70ch; }
.notice.error { border-color: var(--bad); background: #fdeeee; }
.notice.analysis { border-color: var(--accent); background: #fbf1ea; }
form.search { display: flex; flex-wrap: wrap; gap: .5rem; align-items: end; margin: 1rem 0; }
form.search .grow { flex: 1 1 18rem; }
label { display: block; font-weight: 600; margin-bottom: .2rem; }
input[type=search], input[type=text], input[type=number], select {
  width: 100%; font: inherit; padding: .5rem .6rem; border: 1px solid #6b7280; border-radius: 4px; background: #fff; color: var(--ink);
}
button, .button { font: inherit; padding: .5rem 1rem; border-radius: 4px; border: 1px solid #12263f; background: #12263f; color: #fff; cursor: pointer; text-decoration: none; display: inline-block; }
button.secondary, .button.secondary { background: #fff; color: #12263f; }
fieldset { border: 1px solid var(--line); border-radius: 4px; margin: 0 0 1rem; padding: .6rem 1rem; }
legend { font-weight: 700; padding: 0 .3rem; }
.choices label { display: inline-flex; gap: .35rem; align-items: center; font-weight: 400; margin: .15rem 1rem .15rem 0; }
.layout { display: grid; grid-template-columns: 15rem 1fr; gap: 2rem; }
@media (max-width: 50rem) { .layout { grid-template-columns: 1fr; } }
.facets h2 { font-size: 1rem; margin: 1rem 0 .3rem; }
.facets ul { list-style: none; margin: 0; padding: 0; }
.facets li { margin: .15rem 0; }
.facets a[aria-current="true"] { font-weight: 700; }
.count { color: var(--muted); font-size: .9em; }
ol.hits { list-style: none; margin: 0; padding: 0; }
ol.hits > li { border-bottom: 1px solid var(--line); padding: .8rem 0; }
.hit-title { font-size: 1.05rem; font-weight: 600; }
.meta { color: var(--muted); font-size: .9rem; }
.badge { display: inline-block; border: 1px solid var(--line); border-radius: 3px; padding: 0 .35rem; font-size: .8rem; color: var(--ink); background: var(--soft); }
.badge.full { border-color: var(--ok); color: var(--ok); }
.badge.partial { border-color: var(--warn); color: var(--warn); }
.badge.none { border-color: var(--bad); color: var(--bad); }
mark { background: var(--mark); color: inherit; padding: 0 .1em; }
nav.pages ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem; }
nav.pages a, nav.pages span { display: inline-block; min-width: 2.4rem; text-align: center; padding: .3rem .5rem; border: 1px solid var(--line); border-radius: 4px; }
nav.pages [aria-current="page"] { background: #12263f; color: #fff; }
.exports { font-size: .9rem; margin: 1rem 0; }
.exports a { margin-right: .6rem; }
.statute { font-family: Georgia, "Times New Roman", serif; font-size: 1.05rem; max-width: 70ch; }
.statute p { margin: .4rem 0; }
.statute .blk { margin: .35rem 0 .35rem 1.6rem; }
.statute > .blk { margin-left: 0; }
.statute .label { font-weight: 700; margin-right: .35rem; }
.statute .proviso, .statute .explanation, .statute .illustration { font-style: italic; }
.statute :target { background: #fff3c4; outline: 2px solid var(--mark); }
.statute [id], h2[id], h3[id], section[id] { scroll-margin-top: 2.5rem; }
.statute a.pin { color: inherit; text-decoration: none; }
.statute a.pin:hover, .statute a.pin:focus-visible { text-decoration: underline; }
.redline .rl { margin: .3rem 0; }
.redline .depth-1 { margin-left: 1.6rem; } .redline .depth-2 { margin-left: 3.2rem; } .redline .depth-3 { margin-left: 4.8rem; }
.redline .depth-4, .redline .depth-5 { margin-left: 6.4rem; }
del { color: var(--bad); background: #fdeeee; text-decoration: line-through; text-decoration-thickness: 2px; }
ins { color: var(--ok); background: #e8f4e8; text-decoration: underline; text-decoration-thickness: 2px; }
.legend del, .legend ins { padding: 0 .2rem; }
.breadcrumb ol { list-style: none; margin: .3rem 0; padding: 0; display: flex; flex-wrap: wrap; gap: .2rem .4rem; font-size: .9rem; }
.breadcrumb li + li::before { content: "›"; margin-right: .4rem; color: var(--muted); }
.toc ol { list-style: none; padding-left: 0; }
.toc li { margin: .2rem 0; }
.toc .num { display: inline-block; min-width: 3.2rem; font-weight: 600; }
form.picker { display: flex; flex-wrap: wrap; gap: .6rem 1rem; align-items: end; }
form.picker input[type=date] { font: inherit; padding: .45rem .5rem; border: 1px solid #6b7280; border-radius: 4px; }
form.picker select { width: auto; }
.cite { background: var(--soft); border: 1px solid var(--line); border-radius: 4px; padding: .6rem .9rem; margin: 1rem 0; max-width: 70ch; }
.cite dl { margin: 0; display: grid; grid-template-columns: max-content 1fr; gap: .2rem .8rem; align-items: baseline; }
.cite dt { font-weight: 600; }
.cite dd { margin: 0; overflow-wrap: anywhere; }
.copy { margin-left: .4rem; padding: .1rem .6rem; font-size: .85rem; }
.copied { color: var(--ok); font-size: .85rem; margin-left: .4rem; }
table { border-collapse: collapse; width: 100%; margin: .6rem 0; font-size: .95rem; }
th, td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: var(--soft); }
.table-wrap { overflow-x: auto; }
.compare { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1.2rem; }
.compare > section { border: 1px solid var(--line); border-radius: 4px; padding: .6rem .9rem; }
.compare mark.only, .legend mark.only { background: #d8ecff; outline: 1px solid #8bb8e8; }
.chips { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem; }
.chips a { display: inline-block; border: 1px solid var(--line); border-radius: 999px; padding: .15rem .7rem; text-decoration: none; background: var(--soft); }
.grid-topics { display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: .8rem; list-style: none; padding: 0; }
.grid-topics li { border: 1px solid var(--line); border-radius: 4px; padding: .6rem .8rem; }
svg.chart { max-width: 100%; height: auto; }
details summary { cursor: pointer; }
@media print {
  header.site, .skip, form, nav.pages, .exports, .copy, .copied, .no-print, .facets { display: none !important; }
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  .layout { display: block; }
  .statute, .cite, .notice { max-width: none; }
  .cite { border: 0; padding: 0; background: none; }
  section, .statute .blk { break-inside: avoid-page; }
  h1, h2, h3 { break-after: avoid; }
  mark { background: none; font-weight: 700; }
  del { color: #000; background: none; text-decoration: line-through; }
  ins { color: #000; background: none; text-decoration: underline; }
  .redline .rl { break-inside: avoid-page; }
  .part-reading .statute { font-size: 11pt; }
  footer.site { border: 0; }
}
`;
