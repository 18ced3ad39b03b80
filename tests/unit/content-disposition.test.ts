// Download names chosen by whoever sent the mail reach the browser without path parts, line breaks
// or bidi controls that disguise an extension.
import { describe, expect, it } from "vitest";
import { contentDisposition, safeDownloadName } from "@/lib/api/content-disposition";

describe("download names", () => {
  it.each([
    ["../../etc/passwd", "passwd"],
    ["..\\..\\Windows\\win.ini", "win.ini"],
    ["invoice\u202egpj.exe", "invoicegpj.exe"],
    ["a\u2066b\u2069c\u200f.pdf", "abc.pdf"],
    ["line\r\nbreak.pdf", "linebreak.pdf"],
    [".htaccess", "htaccess"],
    ["../", "attachment"],
    ["", "attachment"],
    ["Facture café.pdf", "Facture café.pdf"],
  ])("%j → %j", (given, expected) => {
    expect(safeDownloadName(given)).toBe(expected);
  });

  it("gives an ASCII name and the UTF-8 name, both cleaned", () => {
    expect(contentDisposition('../x/"Rechnung"\u202e März.pdf')).toBe(
      `attachment; filename="_Rechnung_ M_rz.pdf"; filename*=UTF-8''%22Rechnung%22%20M%C3%A4rz.pdf`,
    );
  });
});
