// Recognition of a saved email (.eml): what `npm run extract` and the accuracy report run.
import { parseEml } from "../mail/eml";
import { recogniseMail, type OcrReader, type Recognition } from "./recognition/recognise-mail";

export interface EmlOptions {
  ocr?: OcrReader;
  /** Count the received-day fallback in this time zone instead of the Date header's own offset. */
  timeZone?: string;
}

export async function recogniseEmlFile(raw: Buffer, options: EmlOptions = {}): Promise<Recognition> {
  const message = await parseEml(raw);
  return recogniseMail(message, {
    ...(options.ocr ? { ocr: options.ocr } : {}),
    ...(options.timeZone ? { timeZone: options.timeZone } : message.sentDay ? { receivedDay: message.sentDay } : {}),
    parseAttachedMessage: (data) => parseEml(data),
  });
}
