// OCR of receipts that arrive as images or scanned PDFs: real tesseract.js workers and PDFium, on
// receipts drawn inside the test with pdf-lib (Japanese: a small PDF made once, kept below).
import { createCipheriv, createHash, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFString,
  StandardFonts,
  type PDFObject,
} from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  OCR_LANGUAGES,
  OcrAborted,
  OcrRejected,
  OcrTimeout,
  createOcrPool,
  ocrImage,
  ocrPdf,
  pdfPagesLackingText,
  renderPdfPages,
  shutdownOcr,
  type OcrPool,
} from "@/lib/receipts/ocr";
import { languageDataFile } from "@/lib/receipts/ocr/languages";

const RECEIPT_LINES = [
  "CAFE MUSTER GMBH",
  "Hauptstrasse 12, Berlin",
  "Datum: 14.03.2025",
  "Kaffee 2x 6,80",
  "Kuchen 17,00",
  "SUMME EUR 23,80",
  "TOTAL 12.50",
];

async function receiptPdf(lines = RECEIPT_LINES): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([226, 60 + lines.length * 22]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  lines.forEach((line, i) => page.drawText(line, { x: 12, y: page.getHeight() - 30 - i * 22, size: 11, font }));
  return doc.save();
}

/** A PDF whose only page is a picture of the receipt: what a scanner or a phone app sends. */
async function scannedPdf(png: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const image = await doc.embedPng(png);
  const page = doc.addPage([226, (226 * image.height) / image.width]);
  page.drawImage(image, { x: 0, y: 0, width: page.getWidth(), height: page.getHeight() });
  return doc.save();
}

/**
 * A receipt in Japanese: "領収書　東京" and "合計　1280円" (full-width spaces, the column gap a
 * receipt prints), 22 pt on a 320 × 190 pt page, its font embedded.
 * PDFium's wasm has no system fonts and no CJK font of its own (non-embedded Japanese text comes out
 * as the digits alone), and no CJK font ships in node_modules, so this PDF
 * was made once with pdf-lib and @pdf-lib/fontkit from a subset of IPAMincho (Debian's
 * fonts-ipafont-mincho, IPA Font License v1.0, which lets a PDF carrying it as an embedded font be
 * copied freely): `doc.embedFont(readFileSync(".../ipam.ttf"), { subset: true })`, then
 * `page.drawText(line, { x: 20, y: 150 - i * 36, size: 22, font })` for line i. 5.5 KB. (IPAGothic's
 * slashed zero is read as "12890"; a Droid Sans Fallback subset from fontkit draws empty boxes.)
 */
const JAPANESE_RECEIPT_PDF = [
  "JVBERi0xLjcKJYGBgYEKCjUgMCBvYmoKPDwKL0ZpbHRlciAvRmxhdGVEZWNvZGUKL0xlbmd0aCAxMzAKPj4Kc3RyZWFtCnicdc07",
  "CgJRDIXhPqtILYi58T5yQQZm1EJQUMgOBF8wyrj/wqNoYTGEL9WBf6DOSfh9zzPNNvt2d70fL49pkWrRpFhlVfYTaWTfUvhMAyte",
  "EvaeFiISQGEOERLkhv1GPqG104GGsU4tUbNpyjbaCfHXKWDfRoUWOljC6q/3AskkLb8KZW5kc3RyZWFtCmVuZG9iagoKNiAwIG9i",
  "ago8PAovRmlsdGVyIC9GbGF0ZURlY29kZQovTGVuZ3RoIDM5NTQKPj4Kc3RyZWFtCnicdVgLdBvVmb6P0YweHllvyZIlW9Yr1sOy",
  "9fRLlhzL7yQMtpMYxzjGiR3nVYc4ieMNbhrSNBs2oQsslLpZYNMsXdIE6C50KT1lA6TlkU0pLbsc4KQtlD2c5ZQusGkKiTTefyTF",
  "S8+yY//36s69o7n3/+7/ff/Vnt17J5ECfQ1RpJmevG0zKl4nwRLTcKPU/iWYe8fMphvtq2COnbft31VsYgMU1Zv27akutWNQ/Ouu",
  "3ZOlfiIVyi075qdKbSVCmt9P79yzv9jWSd/XOLVry85iW18Hxe0IQ0m5x2P3Rp7fWN76R1QuL/T+7Mqh30r1K69MLeYW8z+VI24I",
  "mmzxNdJTnHIJ3iAfyS0urZMX7vzZpQYT8CmSoaN0lGmWGWTn2G+z/85luRe5Jfm+wng17kHW0uQ5KMthxoguocKLmAaE4A0G2TP0",
  "Y3QctaKvon3oAEqjnUhAt6EutBvdiebRDFqPNqEdaAQ1optwGXoZPYyuoG+iLPp7tA09gI6iOZQC34+hAdSBFtCD6C60Gh1Gd6Me",
  "9E9oGo2iZnQLGkL3gy8m0bPoQ/Qkeh79CU3BN69F46gXfR/9M7oHnYYZnEKL6Gn0CSD1axRFf4seg+9NwzxaC7M4gNXw3M/gjQ/C",
  "G3bDbO+H5/vR3T+oR89gt+XICTuSoUtLUS7Kvgt7gYU9UQZrXpVpV5eplAo5x8oZnsoYMyblvBkjwlCCMcIEqcvVvFLByhg5p6Jy",
  "DvrKVGaMYQD0Qo38/kAArKFe5tQ6OSfGWuzCWhnGXPTzRXbq8WufkSPkpfzCXfkDslX5g/mFS9zj23If5O5hI7kPqP3zlwVqzv0n",
  "wImSS7dzT7D3okpUjdxoBfhsA9qMZnBPZqlVQWSU2soJRTSD7KSx0UDsbXRlWy3pd3hJMEC8vVTIesi6m4nTTIdHh9dSs5FuH9+5",
  "fcvk5vFBrqKTRuo4ystmOjf0dGcF2ttRK+A2lZKhApVV2wWMfF4BO1w1AvaMuJ0CMXNMXy/u6sTpNszKsJrHiFY58AoPtpixyYit",
  "FVgJ3mGJwUS37ty6ZfOomldRjFQmC12dWJ2QMYxVoDOT/R0rZcIIrR/sy6Qj9ezIWtq6Nkvqsl1EqYAJjWkNvT1twUAty3fdLLTj",
  "kc6sEnd5PTXO6iqzSckZbFYlzlgtDLNhBK9bi7u7sNGAV/jcLoe9wsLJwP8av+bCBUAhEIb/sFTCvfMaf6kRKPYAQjiaSDp9zqTJ",
  "zDlZDmqjgeO0rrjT6NKazEZnXKt1ajE0Mcv5kF7qNpmhdNX4vL7CA2YOa11al+/GswZXwhc3RSNxLWZK47A7WXwE9sy5ebdKXGem",
  "tVv62g3iaLYbB9bMl0dn85/NphJEnv9MstyBvv0uXPWts2su7BNSLt/ghU3fxIGBaKRCvDr7mY6MdezV1J6kd/XEk+RD/FK6um7u",
  "7fwaLD9zb7RC/Q/iO8xP794TPZgSPN/eOjplU8qrctuEAaa2Yu3bb+dexYyYw8lPP8V3DE+7cRx/2OA06G/dJySzmeMPf/js7dE+",
  "n/jfuXvoTHTglkoVbxcHFnuNzcom/Gj+reljPQ1fu1X8/dZfdrvM5MQIsBXKwh5dZB9BFmRHcXQwMxUgiNTUBb3ummqHzWzUlvMq",
  "RTmK0WjYxzA8McTsFRgJEE1MPIahgoiqrXUEiN1WYTYaCsOlWEMavoGNuqu9sagSO4IBJfYSJh6uc1CftxBkmvPnCyiHl8GVAF1G",
  "glCTjOXcPo7IfG49oTq9Tg8osoBDIqmVhmhv1C5GcdxALg8cLWsbefkHOLHKKb5/kn1TfNKJE7+6aN54/tGOXOLnn7D2YPPmVS+u",
  "2fPEa8Nzsr3R6dtrFApP/gPx5H+9lGj/zbtK8eLZwM/xJvwV0pzPi8/jYfxh7si+jSM/NpmZERq0V+WiriyzWeG3Oj9PS7S6fWkn",
  "dx97CnhHj8zoJjSI1uNwZikcJJVW2mC1kOZEjLQ2pkh7Kk060lmiJiQLCqHREp+7mvKO9evslQJ1DAqwNyyCzLp6VTIh0DUQPymB",
  "NnZmBZwGX2ONTitgo9kgYKWc8XqqHHTtUF3IZpUN3HzTGgow9Pc1NdLurkya6jVSKKuUmC9TyCnEcxMXJD5CggqKFXFS460hcTdF",
  "FhWxq3iS7WjPpFqbIw3hOhVfy3BrVvf1dnU6rBUKnl+3dnAgEVfKguuHbhbSbY1Jj1upsBCICr1OqZBxmDWbtBogWxmPmVg0FKQ3",
  "rerv6a6uypRV2izAwBLDMAD0n8dzIZb9gdIFiH9Z1EoRC3EdlywCvcbSIGO0EOqFscWoL1WlsRIXwPMe+EQI/Uj4qjk0f/0Pc50R",
  "Rnf9D/jF3GUjbcy/qiM9F4fwA8JsWXj3SHOLTnx9r7ieVI8luo15K/n6RG+r4XNqpl35fhO5mH/WTG6dw4+J6wv2yvCYUaV3iWh6",
  "mnzLOnTqlLj7Rz9i3os+FH2qwVa5anTcrlA4F+7ODnvEyx2n5+vX+s7MtfR5omeip6Pnzp2LPoRAt4Zg35xlH0INEHFNoKjt6L3M",
  "C2F3DXEQUgP7o7mF6JRygo1qUgkCAfysoURPUcjvpby7oR44nbrTbalmgaJkIh4RaIvNqlIKNMowwYDHTZ3VwO3tmdYW2tQYi1KF",
  "HNsrsUGPOaQOEsIp6IoVKkwViFZbicFG68MhjVrGM5zbZTEzvD3VGo8pFUrAmGlpjkYaAn69DikMmM2kG5OVNqXMjkE9cXtbU0Li",
  "daNB4bBjugy1P1CibL8hYNAH9P8XaDOSYltiXgTRjYvAFyE0leCWYAYonYCwvlQzDfgXwn5jaFaM87iPlGWdIi9enhfP5/NOYsQ2",
  "cXxv5mb8TO5jOw29Pkw6d65LmXKv49/lT4tB/Mb8jQ/MQyMbHBq1M39om1L89Xeb0pdwZ36OtIvP/dj/Pt6xl7oMvjejV5V1NseR",
  "Y6t6ffnfXL16lfDvv/++hN3C0iw3zy6iKuQC/FpRN3ot8/1GwpM6d5hYDCRsonZnNenAnR3p1likXEUUOsAwWOsB6HB3SilnZTxB",
  "9WEBu2ucAoYYkui0mjLgZjc1m7CrGoMs63VYhtQWOyK+1ojPzCBM2zvb0yYVfIHcraWxcF0wIOMTVnt3qqGe4fX+WiV2YwZUFlE7",
  "JDLlrhqdluop63FjgEdTLm2AQjyWwrEkrHpN4T+gl4IznZaA0hqAZ70gfUUlLMGzDJ+kqdov4OTDzA1R9WC3/oZYyi6JB4diHTRd",
  "992nZlaKE/OjETozcFTbMp+bxof/bZw07d0Rqfi8x8gcx4rF+R5X5Snx0+vzuOLC6ZU69QviBfJA/vD+Sl3KZrHHTSnSPEl2OSvH",
  "Jq1lSp8Y/hs8LT5IzmIPjTgqf7i4sbM2mju689DW1WtqP3tUDD2Nu9evsJHcfQgxaGZphjvF3lPgaRcKoLsz+1aYaom90qImstoi",
  "IXtcVVaDjDf5IYsy6TWQPkmkq6RMwG0CNVumVAbkbgWhEENOj9vlhIcwUihUNOAnKp5aTATCyF7JSxxJOYkfKU/YIhkuq97/BsiX",
  "U6DkYClCILHHPoSlTj14WnI1GaSrB76hTc7nDs0nV9KD4j48S8jKGpERL4pv5J9wkl6s/ZcNlzY1ZowVudtsJDux1aLgffmjJ05Q",
  "s+E20YHfY9Ti4NvRlbgcP53PiR8H8DqScrqNpvzcHXVZky8K54dpYKi/Y+cLHvOgIGTozcBSf8y8WVtFvH7a6m8hbS1pUldD0iFa",
  "H2oAUSEVBpqMNUoa11jSOBvhvZm0gFuaGgUcizQIOBTwC9jrsYCW0YplaVNyTHsLbo7haAgHvdhZba2QhAxcbjJKTpfJkZpJt7U2",
  "Jhvq/bUVFqbMxNGWeJ2PyACHWMgL3gIImiLBAAMgeCCwgMUM7ZnmKMPzNqvZpKAGOafEioJgUZ4y1VVGAy2ABMBQtExcgWI+sixQ",
  "/x88QF3AVsX8oyBKuBQKX1rdgTf2zxsCe8WFuf4gPkw+WBB3mvGZN0d+tzWx2nhdtbmjzZT/Rw0+M5FJmfMHdfjiREezLX/EQFZO",
  "C3Fdbr8BfzK6qVJdZsu/cfgwedG2XpzE38FPX7/GsFHyvDJYUZN/8p6miVpybCHT74nmxYWU4IqK4qFMf22UkEO9XZ4onCuxDc0Q",
  "kY0AqrGMRwf5vRJOAnIe2mq9jvDQxojhZWp+LZZhBvpQQPIMkEWrxt9Q74knQG+0MYkaIPsymEGuse1Ohy5UufXRY2HP+EyYDVX1",
  "MahHp6IN5cJ1+ZZKEw1LJ9oDaIYeYj1wChrPZBVDZjPSYoyNPAf6RmGAz1tFsRMaTkg/nbDx2RVILRu02fTl3hpnlc2oL+c5pQ/R",
  "Fb7iOU46DYQ1H8HM/AFJZwwBvSGd1nzUUJ+MJ7AuDpN01XAsV6CjeCyZiEYkloI7kPhHkolkVHtgDpMPwu2zG9IZRef49MT2h0+M",
  "L+yK7fnVKfziVzwmRcPM0Kt4I247t2nVRHPzuLF3YuHrU9t6xs7ed7r/Lz/+03jjLvGIlEPPoj7617C2CuRHLXAGDUaGDM4h1sCw",
  "4PLmgLoMdAOOl0idGNTUDVo8g8Q+qGy2aNRlSoLqwuE6yTQfFf8CyyuR1oK9X5i6qbgAiWjjMQ8gUVqjUQLCxBU/RCPFDkizH7ky",
  "PXH8yNjt4rnOroVd3zu9ay8+K38u1D57S6pjxBtLdejeFQb2zvX2jNavWUOHT79zYtPYqrGTbx3dNjl+7KntY1M7HrvyH+z+8+Nd",
  "U12rZ/ff6q3xT5T91TvfGB0bHjpyx1Q83iT92jAHqz8Gqy+HHNid0RuG5JohJGdguaZBRjdYVsZIOMHCltcUkTLH4jq0mmTCXKPV",
  "RCOgg+KjO+aHdrzy3PbxI9Mnr127xnp++AvxTvHtn1x563mcwve/9kgq35LfTBbJS4jisqVjXC0bAq/bkRP9RWaSs9qIVq8tV4NE",
  "whnWQgiPqqvscGhFRsidbYSBjeN0VNoklaVITTg9UWKiV1NUaSQMV+Uw6Cnktc5qJa7EjM1qMlIzlsi7XC0lUHBMLuWzF5bz2PAX",
  "CcLAfUE0tctUAfYd5ifCIX38t7Qv8/hLh0au2+db2kgTOZO/KHt9dGNNuaLq2gvfgyzOZGzWZ8lw7hn2iGkkP0UWiyZH6BJYEiwL",
  "tl36XQlsCGwBbAZsGjIEGzj9ANgs2Jwc4bJMuZov/RwiKxzKguZwaygomVbXJBVmKDXmfKtUXimUlwvlG1KZB7sCdhnsjVDwQih4",
  "PhREGUhYYF9Dgk0ZRiZjWWRKFy9T6H8AILQGhAplbmRzdHJlYW0KZW5kb2JqCgo5IDAgb2JqCjw8Ci9GaWx0ZXIgL0ZsYXRlRGVj",
  "b2RlCi9MZW5ndGggMjk5Cj4+CnN0cmVhbQp4nF2RTW6DMBCF95xilukiIoaEEAkhUZJKLPqj0h4A7CG1VIxlnAW379imqVRLIH1+",
  "857tmbhuzo2SFuI3M/EWLQxSCYPzdDMcocerVBFLQEhuV/J/PnY6isncLrPFsVHDBEURAcTvJM/WLLCpxNTjg9t7NQKNVFfYfNat",
  "32lvWn/jiMrCLipLEDhQ3HOnX7oRIfbWbSNIl3bZkuuv4mPRCIlnFq7EJ4Gz7jiaTl0xKna0ymKgVUaoxD+ZpcHVD/yrM76alVCc",
  "cpaXnhKiQ1pfAqVEWfa0anui1MV7OjjteGSBMqL9paoDHV3Kfrf6cqK8+qUTESWvvipQEugx0FpZB1rPO7tMlmf+Wev93QPdMO7N",
  "4zdjqG9+Yr5hrlVS4X2oetLO5b4fz0iRbAplbmRzdHJlYW0KZW5kb2JqCgoxMCAwIG9iago8PAovRmlsdGVyIC9GbGF0ZURlY29k",
  "ZQovVHlwZSAvT2JqU3RtCi9OIDYKL0ZpcnN0IDMyCi9MZW5ndGggNTAxCj4+CnN0cmVhbQp4nI1TbWvbMBD+7l9xH9sPiSVFsmUo",
  "hbw0bRhdS5JthdEPjn1zPRLJ2Ao0/746OSF0gW0YGd/Lc3runjMHBgKkhBGkGiQIJiEFyTloSBSHm5soXh8ahPg5r7CL4i912cFP",
  "n8lgCa9RPLV744BHt7fROXeau3xrq6gHAafkzxlza1wUr/YbF0xysiie5B1SBOLF8/ixNsWbHQjGfOTOFLasTeUjJRpXu8PgIYpn",
  "2BVoytw4QhEvfeK1tt9M7TEI2eXtRIvItUjcQzxeYmf3beHpUl5gQR9nIinLtNQs1ZkfVoCcY1kqRaKFSvQx5q+LX542v7EIZci8",
  "e3f3K5c7PDrI94hlnU/su2fO/DMSDHjGiP/YGBs6CjM2Dvv+1LG/i2HSKNq6cbbtyX/Nd3g5xvk2rzqQfcqkv3gghRxqJhOdKhiI",
  "VHtDq2zkLe5BkPFkyLhKhCIuC69sXYxNtUXwBcckgAOdZkOtheZCnVRxMOCCDTlPuS/sm8ibB6yrNwep8sCXo6HEaJgJlfbQlcPd",
  "d6pL/Ob1FgUk/1ye6WJGHoqJiKy1vV/MHvPmvCx/Wy0PWB06f/HC/LJB8yVWdefaA1yNS7vB6yh+aktsaf2uThWviUDTbHFHrbKg",
  "5mcd/H8UtuSHnzGnQ8P8j5f64wTna6/5B9Ml/vsKZW5kc3RyZWFtCmVuZG9iagoKMTEgMCBvYmoKPDwKL1NpemUgMTIKL1Jvb3Qg",
  "MiAwIFIKL0ZpbHRlciAvRmxhdGVEZWNvZGUKL1R5cGUgL1hSZWYKL0xlbmd0aCA1MgovVyBbIDEgMiAyIF0KL0luZGV4IFsgMCAx",
  "MiBdCj4+CnN0cmVhbQp4nGNgYPj/n4mBi4EBRDCCCCYQwczIIMDAwMhwGyLBAiJYGQWmA8WEuIGESDoDAwCiVASFCmVuZHN0cmVh",
  "bQplbmRvYmoKCnN0YXJ0eHJlZgo1MjIzCiUlRU9G",
].join("");

/** The PDF encrypted with AES-256 (PDF 2.0, security handler revision 6) and a user password. */
async function encryptedPdf(plain: Uint8Array, userPassword = "secret", ownerPassword = "owner"): Promise<Uint8Array> {
  const aes = (bits: 128 | 256, mode: "cbc" | "ecb", key: Buffer, iv: Buffer | null, data: Buffer, padding = false) => {
    const cipher = createCipheriv(`aes-${bits}-${mode}`, key, iv).setAutoPadding(padding);
    return Buffer.concat([cipher.update(data), cipher.final()]);
  };
  // ISO 32000-2 algorithm 2.B, the password hash of revision 6.
  const hash = (password: Buffer, salt: Buffer, userKey: Buffer) => {
    let k = createHash("sha256")
      .update(Buffer.concat([password, salt, userKey]))
      .digest();
    for (let round = 1; ; round++) {
      const e = aes(
        128,
        "cbc",
        k.subarray(0, 16),
        k.subarray(16, 32),
        Buffer.concat(Array(64).fill(Buffer.concat([password, k, userKey]))),
      );
      k = createHash(["sha256", "sha384", "sha512"][e.subarray(0, 16).reduce((sum, byte) => sum + byte, 0) % 3]!)
        .update(e)
        .digest();
      if (round >= 64 && e.at(-1)! <= round - 32) return k.subarray(0, 32);
    }
  };
  const fileKey = randomBytes(32);
  const [user, owner, none] = [Buffer.from(userPassword), Buffer.from(ownerPassword), Buffer.alloc(0)];
  const [userCheckSalt, userKeySalt, ownerCheckSalt, ownerKeySalt] = [
    randomBytes(8),
    randomBytes(8),
    randomBytes(8),
    randomBytes(8),
  ];
  const u = Buffer.concat([hash(user, userCheckSalt, none), userCheckSalt, userKeySalt]);
  const o = Buffer.concat([hash(owner, ownerCheckSalt, u), ownerCheckSalt, ownerKeySalt]);
  const permissions = -3904; // printing and copying allowed
  const perms = Buffer.alloc(16, 0xff);
  perms.writeInt32LE(permissions, 0);
  perms.write("Tadb", 8, "latin1");
  const keys = {
    O: o,
    U: u,
    OE: aes(256, "cbc", hash(owner, ownerKeySalt, u), Buffer.alloc(16), fileKey),
    UE: aes(256, "cbc", hash(user, userKeySalt, none), Buffer.alloc(16), fileKey),
    Perms: aes(256, "ecb", fileKey, null, perms),
  };

  // Every string and stream is encrypted with the file key and a random IV before it.
  const encrypt = (data: Uint8Array) => {
    const iv = randomBytes(16);
    return Buffer.concat([iv, aes(256, "cbc", fileKey, iv, Buffer.from(data), true)]);
  };
  const walk = (object: PDFObject): PDFObject => {
    if (object instanceof PDFString || object instanceof PDFHexString)
      return PDFHexString.of(encrypt(object.asBytes()).toString("hex"));
    if (object instanceof PDFArray) for (let i = 0; i < object.size(); i++) object.set(i, walk(object.get(i)));
    if (object instanceof PDFDict) for (const [key, value] of object.entries()) object.set(key, walk(value));
    if (object instanceof PDFRawStream) return PDFRawStream.of(walk(object.dict) as PDFDict, encrypt(object.contents));
    return object;
  };
  const doc = await PDFDocument.load(plain, { updateMetadata: false });
  for (const [ref, object] of doc.context.enumerateIndirectObjects()) doc.context.assign(ref, walk(object));
  const handler = doc.context.obj({
    Filter: "Standard",
    V: 5,
    R: 6,
    Length: 256,
    P: permissions,
    EncryptMetadata: true,
    CF: { StdCF: { AuthEvent: "DocOpen", CFM: "AESV3", Length: 32 } },
    StmF: "StdCF",
    StrF: "StdCF",
  });
  for (const [key, value] of Object.entries(keys)) handler.set(PDFName.of(key), PDFHexString.of(value.toString("hex")));
  doc.context.trailerInfo.Encrypt = doc.context.register(handler);
  // Without object streams: pdf-lib would write them after the encryption above, unencrypted.
  return doc.save({ useObjectStreams: false });
}

/** A valid PNG signature and header claiming 100000 × 100000 pixels: 40 GB once decoded. */
function pngClaiming(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8);
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, "latin1");
    return Buffer.concat([head, data, Buffer.alloc(4)]);
  };
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", Buffer.alloc(64)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable("expected a rejection"),
    (error: unknown) => error,
  );
}

let receiptPng: Buffer;

beforeAll(async () => {
  [receiptPng] = (await renderPdfPages(await receiptPdf(), { dpi: 300 })) as [Buffer];
});

afterAll(async () => {
  await shutdownOcr();
});

describe("reading receipts", () => {
  it("reads the words and amounts of a rendered receipt, one visual line per line", async () => {
    const result = await ocrImage(receiptPng, { languages: ["de", "en"] });
    expect(result.text).toContain("SUMME EUR 23,80");
    expect(result.text).toContain("TOTAL 12.50");
    expect(result.text).toContain("14.03.2025");
    expect(result.text.split("\n")).toEqual(result.lines.map((line) => line.text));
    expect(result.lines).toHaveLength(RECEIPT_LINES.length);
    const total = result.lines.find((line) => line.text.startsWith("SUMME"))!;
    expect(total.confidence).toBeGreaterThan(80);
    expect(total.bbox.x1).toBeGreaterThan(total.bbox.x0);
    expect(total.bbox.y1).toBeGreaterThan(total.bbox.y0);
    expect(result.confidence).toBeGreaterThan(80);
    expect(result.durationMs).toBeGreaterThan(0);
  });

  it("gets the text of a scanned PDF (an image-only page) through ocrPdf, with per-page timings", async () => {
    const scan = await scannedPdf(receiptPng);
    expect(await pdfPagesLackingText(scan)).toEqual([0]);
    expect(await pdfPagesLackingText(await receiptPdf())).toEqual([]);

    const result = await ocrPdf(scan, { languages: ["de"] });
    expect(result.text).toContain("SUMME EUR 23,80");
    expect(result.text).toContain("TOTAL 12.50");
    expect(result).toMatchObject({ pageCount: 1, truncated: false });
    expect(result.pages[0]!.renderMs).toBeGreaterThanOrEqual(0);
    expect(result.pages[0]!.ocrMs).toBeGreaterThan(0);
  });

  it("reads only the first maxPages pages of a long PDF and says so", async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    for (const label of ["PAGE ONE", "PAGE TWO", "PAGE THREE"]) {
      doc.addPage([200, 80]).drawText(label, { x: 10, y: 40, size: 14, font });
    }
    const result = await ocrPdf(await doc.save(), { languages: ["en"], maxPages: 2 });
    expect(result).toMatchObject({ pageCount: 3, truncated: true });
    expect(result.text).toBe("PAGE ONE\nPAGE TWO");
  });

  it("draws a page larger than maxPixels at a lower resolution instead of refusing it", async () => {
    const [png] = await renderPdfPages(await receiptPdf(), { dpi: 600, maxPixels: 500_000 });
    const width = png!.readUInt32BE(16);
    const height = png!.readUInt32BE(20);
    expect(width * height).toBeLessThanOrEqual(500_000);
    expect(width * height).toBeGreaterThan(400_000);
  });

  it("reads Japanese with the jpn model", async () => {
    // Spaces inside Japanese are dropped; the wide gap before the amount stays.
    const result = await ocrPdf(Buffer.from(JAPANESE_RECEIPT_PDF, "base64"), { languages: ["ja"] });
    expect(result.text).toContain("領収書");
    expect(result.text).toContain("合計 1280円");
  });

  it("ships every product language, each loading from its npm package", async () => {
    const codes = Object.values(OCR_LANGUAGES);
    expect(codes).toEqual(["eng", "deu", "fra", "spa", "ita", "nld", "por", "pol", "swe", "nor", "dan", "jpn"]);
    for (const code of codes) expect(existsSync(languageDataFile(code))).toBe(true);
    const pool = createOcrPool();
    try {
      const small = (await renderPdfPages(await receiptPdf(["TOTAL 12.50"]), { dpi: 200 }))[0]!;
      for (const languages of [
        ["en", "de", "fr", "es"],
        ["it", "nl", "pt", "pl"],
        ["sv", "nb", "da"],
      ]) {
        expect((await pool.recogniseImage(small, { languages })).text).toContain("12.50");
      }
    } finally {
      await pool.shutdown();
    }
  });
});

describe("refusing what it should not read", () => {
  let pool: OcrPool;
  beforeAll(() => {
    pool = createOcrPool({ maxImageBytes: 2 * 1024 * 1024, maxImagePixels: 20_000_000 });
  });
  afterAll(() => pool.shutdown());

  it("refuses a PNG whose header claims 100000×100000 pixels without decoding it", async () => {
    const error = await rejection(pool.recogniseImage(pngClaiming(100_000, 100_000), { languages: ["en"] }));
    expect(error).toBeInstanceOf(OcrRejected);
    expect(error).toMatchObject({ rejection: "image-too-many-pixels", permanent: true });
    expect((error as Error).message).toMatch(/^image too large \(100000×100000 = 10000\.0 MP, limit 20\.0 MP\)$/);
    expect(pool.stats().workers).toBe(0); // refused before any worker was started
  });

  it("refuses an image over the byte limit", async () => {
    const big = Buffer.concat([receiptPng, Buffer.alloc(2 * 1024 * 1024)]);
    expect(await rejection(pool.recogniseImage(big, { languages: ["en"] }))).toMatchObject({
      rejection: "image-too-large",
    });
  });

  it.each([
    ["bytes that are no image", Buffer.from("definitely not an image"), "image-unreadable"],
    ["a GIF", Buffer.from("GIF89a\x10\x00\x10\x00\x00\x00\x00;", "latin1"), "image-unsupported"],
  ])("refuses %s from the header", async (_, image, kind) => {
    expect(await rejection(pool.recogniseImage(image, { languages: ["en"] }))).toMatchObject({ rejection: kind });
  });

  it("reports an image whose header is fine but whose data is corrupt, and the worker keeps working", async () => {
    const corrupt = Buffer.from(receiptPng);
    corrupt.fill(0x5a, 60, corrupt.length - 12);
    const error = await rejection(pool.recogniseImage(corrupt, { languages: ["en"] }));
    expect(error).toBeInstanceOf(OcrRejected);
    expect(error).toMatchObject({ rejection: "image-unreadable" });
    expect((await pool.recogniseImage(receiptPng, { languages: ["en"] })).text).toContain("TOTAL 12.50");
  });

  it("refuses a language it does not ship", async () => {
    const error = await rejection(pool.recogniseImage(receiptPng, { languages: ["xx"] }));
    expect(error).toMatchObject({ rejection: "language-unsupported" });
    expect((error as Error).message).toMatch(/"xx" is not shipped/);
  });

  it.each([
    [
      "password-protected",
      async () => encryptedPdf(await receiptPdf()),
      "pdf-encrypted",
      /^PDF is password-protected$/,
    ],
    [
      "not a PDF at all",
      async () => Buffer.from("%PDF-1.7 but nothing else follows"),
      "pdf-unreadable",
      /^not a readable PDF/,
    ],
    [
      "cut off after 300 bytes",
      async () => (await receiptPdf()).slice(0, 300),
      "pdf-unreadable",
      /readable PDF|no pages|broken|could not be read/,
    ],
  ])("gives a typed error for a PDF that is %s", async (_, make, kind, message) => {
    const error = await rejection(ocrPdf(await make(), { languages: ["en"] }));
    expect(error).toBeInstanceOf(OcrRejected);
    expect(error).toMatchObject({ rejection: kind });
    expect((error as Error).message).toMatch(message);
  });
});

describe("staying bounded", () => {
  it("terminates a worker that runs past its timeout and replaces it for the next call", async () => {
    const pool = createOcrPool();
    try {
      await pool.recogniseImage(receiptPng, { languages: ["en"] }); // a started worker, so only recognition is timed
      const error = await rejection(pool.recogniseImage(receiptPng, { languages: ["en"], timeoutMs: 5 }));
      expect(error).toBeInstanceOf(OcrTimeout);
      expect(error).toMatchObject({ stage: "recognise", timeoutMs: 5 });
      expect(pool.stats()).toEqual({ workers: 0, busy: 0, queued: 0, started: 1 });
      expect((await pool.recogniseImage(receiptPng, { languages: ["en"] })).text).toContain("TOTAL 12.50");
      expect(pool.stats()).toMatchObject({ workers: 1, started: 2 });
    } finally {
      await pool.shutdown();
    }
  });

  it("ends a PDF render that runs past its timeout, and the next render gets a fresh thread", async () => {
    const pdf = await receiptPdf();
    // A full-size raster (hundreds of ms), so the 1 ms deadline cannot lose a race with a warm thread's reply.
    const error = await rejection(renderPdfPages(pdf, { timeoutMs: 1, dpi: 600 }));
    expect(error).toBeInstanceOf(OcrTimeout);
    expect(error).toMatchObject({ stage: "render", message: "PDF rendering took longer than 1 ms" });
    expect(await renderPdfPages(pdf)).toHaveLength(1);
  });

  it("stops on abort, waiting or running, and keeps working", async () => {
    const pool = createOcrPool({ workers: 1 });
    try {
      const running = new AbortController();
      const waiting = new AbortController();
      const first = rejection(pool.recogniseImage(receiptPng, { languages: ["en"], signal: running.signal }));
      const second = rejection(pool.recogniseImage(receiptPng, { languages: ["en"], signal: waiting.signal }));
      expect(pool.stats().queued).toBe(1);
      waiting.abort();
      expect(await second).toBeInstanceOf(OcrAborted);
      setTimeout(() => running.abort(), 50);
      expect(await first).toBeInstanceOf(OcrAborted);
      expect((await pool.recogniseImage(receiptPng, { languages: ["en"] })).text).toContain("TOTAL 12.50");
    } finally {
      await pool.shutdown();
    }
  });

  it("refuses calls beyond the queue limit and fails queued calls on shutdown", async () => {
    const pool = createOcrPool({ workers: 1, maxQueue: 1 });
    const running = pool.recogniseImage(receiptPng, { languages: ["en"] });
    const queued = rejection(pool.recogniseImage(receiptPng, { languages: ["en"] }));
    const refused = await rejection(pool.recogniseImage(receiptPng, { languages: ["en"] }));
    expect(refused).toMatchObject({ rejection: "queue-full", permanent: false });
    await pool.shutdown();
    expect(await queued).toMatchObject({ code: "OCR_FAILED", message: "OCR was shut down" });
    await running.catch(() => {});
  });

  it("keeps one language set per worker, reusing it and replacing it when another is asked for", async () => {
    const pool = createOcrPool({ workers: 2 });
    try {
      await Promise.all([
        pool.recogniseImage(receiptPng, { languages: ["de"] }),
        pool.recogniseImage(receiptPng, { languages: ["en"] }),
      ]);
      expect(pool.stats()).toMatchObject({ workers: 2, started: 2 });
      expect((await pool.recogniseImage(receiptPng, { languages: ["de"] })).text).toContain("SUMME EUR 23,80");
      expect(pool.stats()).toMatchObject({ workers: 2, started: 2 });
      expect((await pool.recogniseImage(receiptPng, { languages: ["fr"] })).text).toContain("SUMME EUR 23,80");
      expect(pool.stats()).toMatchObject({ workers: 2, started: 3 });
    } finally {
      await pool.shutdown();
    }
  });
});
