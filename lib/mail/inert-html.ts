// A sender's HTML made inert for showing in the app: what it says and how it is laid out survive;
// nothing in it can run, submit, navigate or load anything. A remote image would tell the sender the
// mail was opened, so only images carried inside the HTML itself (data: URLs) are kept.
// The review page also shows the result in a sandboxed iframe under a CSP that forbids every load;
// this sanitiser is the first of those layers, not the only one.
import sanitizeHtml from "sanitize-html";

const TEXT_TAGS = [
  "p",
  "br",
  "div",
  "span",
  "center",
  "font",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "b",
  "strong",
  "i",
  "em",
  "u",
  "s",
  "strike",
  "small",
  "big",
  "sub",
  "sup",
  "mark",
  "hr",
  "blockquote",
  "pre",
  "code",
  "address",
  "ul",
  "ol",
  "li",
  "dl",
  "dt",
  "dd",
];
const TABLE_TAGS = ["table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "td", "th"];

// Layout attributes old-style mail uses instead of CSS; none of them can name a URL.
const CELL_ATTRIBUTES = ["colspan", "rowspan", "align", "valign", "width", "height", "bgcolor", "nowrap"];

/** Only these CSS functions: colours and arithmetic. url(), image-set(), expression(), element()… never. */
const SAFE_CSS_VALUE = /^(?:[^()\\;<>@]|\b(?:rgba?|hsla?|calc)\([^()\\;<>@]*\))*$/i;
const STYLE_PROPERTIES = [
  "color",
  "background",
  "background-color",
  "font",
  "font-family",
  "font-size",
  "font-style",
  "font-weight",
  "line-height",
  "letter-spacing",
  "text-align",
  "text-decoration",
  "text-transform",
  "vertical-align",
  "white-space",
  "word-break",
  "display",
  "width",
  "min-width",
  "max-width",
  "height",
  "min-height",
  "max-height",
  "margin",
  "margin-top",
  "margin-right",
  "margin-bottom",
  "margin-left",
  "padding",
  "padding-top",
  "padding-right",
  "padding-bottom",
  "padding-left",
  "border",
  "border-top",
  "border-right",
  "border-bottom",
  "border-left",
  "border-color",
  "border-style",
  "border-width",
  "border-collapse",
  "border-spacing",
  "border-radius",
];

/** An image the HTML carries itself; an SVG is left out as well (it is a document, not a picture). */
const EMBEDDED_IMAGE = /^data:image\/(?:png|gif|jpe?g|webp);base64,[a-z0-9+/=\s]+$/i;
/** A link target worth showing as text; anything else (javascript:, data:, vbscript:…) is not even shown. */
const SHOWN_LINK = /^(?:https?:|mailto:)[^\s<>"]*$/i;

export const BLOCKED_IMAGE_MARKER = "[image blocked]";

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...TEXT_TAGS, ...TABLE_TAGS, "img"],
  // The contents of these are code or page furniture, never text to show.
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "title", "head", "template", "select"],
  allowedAttributes: {
    "*": ["style", "title", "align", "dir", "lang"],
    table: ["width", "border", "cellpadding", "cellspacing", "align", "bgcolor"],
    td: CELL_ATTRIBUTES,
    th: CELL_ATTRIBUTES,
    col: ["span", "width"],
    colgroup: ["span", "width"],
    font: ["color", "size", "face"],
    img: ["src", "alt", "width", "height"],
    ol: ["start", "type"],
  },
  allowedSchemes: [],
  allowedSchemesByTag: { img: ["data"] },
  allowProtocolRelative: false,
  allowedStyles: { "*": Object.fromEntries(STYLE_PROPERTIES.map((p) => [p, [SAFE_CSS_VALUE]])) },
  // Event handlers, srcset, background, href, action, formaction… are simply not on the allowlists.
  transformTags: {
    // A link stays readable but cannot be followed from the frame: its text, with the address on hover.
    a: (_tag, attribs) => {
      const href = (attribs.href ?? "").trim();
      const shown: sanitizeHtml.Attributes = SHOWN_LINK.test(href) ? { title: href } : {};
      return { tagName: "span", attribs: shown };
    },
    img: (_tag, attribs) => {
      const src = (attribs.src ?? "").trim();
      if (EMBEDDED_IMAGE.test(src)) {
        const kept: Record<string, string> = { src };
        for (const name of ["alt", "width", "height"]) if (attribs[name]) kept[name] = attribs[name];
        return { tagName: "img", attribs: kept };
      }
      const alt = (attribs.alt ?? "").trim();
      return {
        tagName: "span",
        attribs: { title: "A remote image, not loaded: it would tell the sender the email was opened" },
        text: alt ? `[${alt}]` : BLOCKED_IMAGE_MARKER,
      };
    },
  },
};

/** The sender's HTML, inert: formatting and tables kept; scripts, forms, links' targets and remote loads gone. */
export function inertHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}
