// The hover card's stylesheet, applied inside its shadow root so page CSS cannot restyle it.
export const CARD_CSS = `
:host { all: initial; }
.card {
  box-sizing: border-box; max-width: 340px; min-width: 200px; padding: 10px 12px;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1d1f;
  background: #fff; border: 1px solid #c9c9cf; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.18);
  text-align: left; direction: ltr; white-space: normal; word-wrap: break-word;
}
.who { font-weight: 600; font-size: 14px; }
.type { font-weight: 400; color: #555; font-size: 12px; margin-left: 6px; }
.role { color: #444; font-size: 12px; margin-top: 2px; }
.meta { color: #555; font-size: 12px; margin-top: 6px; }
.stance-deny { color: #a1260d; font-weight: 600; }
.stance-confirm { color: #1f6f2b; font-weight: 600; }
.excerpt { margin: 6px 0 0; padding-left: 8px; border-left: 3px solid #c9c9cf; color: #222; font-style: italic; }
.answers { margin-top: 6px; font-size: 12px; color: #444; }
.answers q { font-style: italic; }
@media (prefers-color-scheme: dark) {
  .card { background: #26262b; color: #f1f1f3; border-color: #4a4a52; }
  .type, .role, .meta, .answers { color: #c4c4cc; }
  .excerpt { color: #eee; border-color: #55555e; }
  .stance-deny { color: #ff8a70; } .stance-confirm { color: #7fd48b; }
}
`;
