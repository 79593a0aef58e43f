/**
 * The overlay's stylesheet, inside its shadow root so that the site's CSS and
 * the overlay's leave each other alone. A bottom sheet at most a third of the
 * screen high, so the page stays readable above it on a phone; the site's
 * Naskh face and sizes of 14 px or more; errors and warnings told apart by
 * a worded label as well as by colour.
 */
export const overlayStyle = `
:host { all: initial; }
.sheet {
  --text: #1b1a17; --muted: #595650; --surface: #ffffff; --line: #d9d5cc;
  --error: #a3211a; --error-tint: #fdeceb; --warning: #7a4d00; --warning-tint: #fff3d9; --tone: var(--error);
  position: fixed; inset-inline: 0; inset-block-end: 0; z-index: 2147483647;
  box-sizing: border-box; max-block-size: 33vh; max-inline-size: 64rem; margin-inline: auto;
  display: flex; flex-direction: column;
  background: var(--surface); color: var(--text);
  border-block-start: 6px solid var(--tone); border-start-start-radius: 8px; border-start-end-radius: 8px;
  box-shadow: 0 -4px 18px rgb(0 0 0 / 0.28);
  font: 16px/1.7 "Noto Naskh Arabic", "Geeza Pro", "Traditional Arabic", Tahoma, serif;
  text-align: start;
}
.sheet.warned { --tone: var(--warning); max-block-size: 25vh; }
@media (prefers-color-scheme: dark) {
  .sheet {
    --text: #ebe8e1; --muted: #b5b0a6; --surface: #1f1d1a; --line: #3a3731;
    --error: #ff9d94; --error-tint: #3a1715; --warning: #f2c14e; --warning-tint: #342a10;
  }
}
header { display: flex; align-items: flex-start; gap: 0.5rem; padding-block: 0.5rem 0.25rem; padding-inline: 1rem 0.5rem; }
.titles { flex: 1; min-inline-size: 0; }
h2 { margin: 0; font-size: 17px; font-weight: 700; line-height: 1.5; }
.summary, .hint { margin: 0; font-size: 15px; color: var(--muted); }
.summary { font-weight: 700; color: var(--tone); }
.close {
  flex: none; inline-size: 44px; block-size: 44px; margin: 0; padding: 0;
  border: 1px solid var(--line); border-radius: 8px; background: transparent; color: var(--text);
  font: 24px/1 sans-serif; cursor: pointer;
}
.close:focus-visible { outline: 3px solid var(--tone); outline-offset: 2px; }
.list { flex: 1; min-block-size: 0; overflow-y: auto; overscroll-behavior: contain; padding-block: 0 0.75rem; padding-inline: 1rem; }
ol { list-style: none; margin: 0; padding: 0; }
.hint { margin-block-start: 0.5rem; }
li { display: flex; align-items: flex-start; gap: 0.6rem; margin-block-start: 0.25rem; padding-block: 0.35rem; padding-inline: 0.6rem;
  border-inline-start: 4px solid var(--error); background: var(--error-tint); border-radius: 4px; }
li.warning { border-inline-start-style: dashed; border-inline-start-color: var(--warning); background: var(--warning-tint); }
.label { flex: none; padding-inline: 0.5em; border-radius: 4px; font-size: 14px; font-weight: 700; line-height: 1.8;
  color: var(--surface); background: var(--error); }
.warning .label { background: var(--warning); }
.message { flex: 1; min-inline-size: 0; overflow-wrap: anywhere; }
.message p { margin: 0; }
.reason { font-size: 15px; }
.where { display: flex; flex-wrap: wrap; column-gap: 1em; font-size: 14px; color: var(--muted); }
.where bdi { unicode-bidi: isolate; }
`
