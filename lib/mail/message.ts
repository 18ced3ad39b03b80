// The product's view of one email, whatever it came from (the Gmail API or an .eml file).
export interface MailAttachment {
  /** Gmail's attachment id (fetch with attachments.get) or a synthetic key for .eml parts. */
  attachmentId: string;
  filename: string;
  mimeType: string;
  size: number;
  /** Bytes, once fetched. */
  data?: Buffer;
}

export interface MailMessage {
  id: string;
  threadId?: string;
  subject: string;
  /** Raw From header, e.g. `"Acme Store" <billing@acme.com>`. */
  from: string;
  /** When Gmail received it (internalDate), or the Date header for .eml files. */
  receivedAt: Date;
  /** .eml files: the calendar day of the Date header in the offset it states, as the sender's mail shows it. */
  sentDay?: string;
  html?: string;
  text?: string;
  attachments: MailAttachment[];
}
