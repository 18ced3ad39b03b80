// Bounds an image before anything decodes it: the size in bytes and the pixel count written in its
// header. A decompression bomb (a few KB of PNG that inflates to gigabytes) is refused here, since
// the decoder would allocate whatever the header claims.
import { imageSize } from "image-size";
import { OcrRejected } from "./errors";

export interface ImageLimits {
  maxBytes: number;
  maxPixels: number;
}

export interface ImageHeader {
  format: AcceptedFormat;
  width: number;
  height: number;
}

// What the tesseract.js build (leptonica) decodes. image-size's names.
const ACCEPTED = ["png", "jpg", "webp", "bmp", "pnm"] as const;
type AcceptedFormat = (typeof ACCEPTED)[number];

export const DEFAULT_IMAGE_LIMITS: ImageLimits = {
  maxBytes: 20 * 1024 * 1024,
  // A 300 dpi A4 scan is 8.7 MP, a 12 MP phone photo of a receipt is common; leptonica holds
  // 4 bytes a pixel plus grey and binary copies, so 40 MP is about 300 MB in the worker.
  maxPixels: 40_000_000,
};

export function checkImage(image: Uint8Array, limits: ImageLimits): ImageHeader {
  if (image.byteLength > limits.maxBytes) {
    throw new OcrRejected("image-too-large", `image too large (${mb(image.byteLength)}, limit ${mb(limits.maxBytes)})`);
  }
  let header: { type?: string; width: number; height: number };
  try {
    header = imageSize(image);
  } catch (error) {
    throw new OcrRejected("image-unreadable", `not a readable image (${(error as Error).message})`);
  }
  const format = header.type ?? "unknown";
  if (!(ACCEPTED as readonly string[]).includes(format)) {
    throw new OcrRejected(
      "image-unsupported",
      `${format} images are not supported (accepted: png, jpeg, webp, bmp, pnm)`,
    );
  }
  const { width, height } = header;
  if (!(width > 0 && height > 0)) {
    throw new OcrRejected("image-unreadable", `image header gives no size (${width}×${height})`);
  }
  if (width * height > limits.maxPixels) {
    throw new OcrRejected(
      "image-too-many-pixels",
      `image too large (${width}×${height} = ${((width * height) / 1e6).toFixed(1)} MP, limit ${(limits.maxPixels / 1e6).toFixed(1)} MP)`,
    );
  }
  return { format: format as AcceptedFormat, width, height };
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
