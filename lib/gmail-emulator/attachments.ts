// Attachment bytes of a generated mailbox: PDFs exist from the start; till receipt images are drawn
// the first time somebody fetches them (rendering takes tens of milliseconds each) and kept.

export interface PendingAttachment {
  /** The size the message resource declares; the rendered bytes have exactly this length. */
  size: number;
  render: () => Promise<Buffer>;
}

export interface AttachmentSource {
  attachments: Map<string, Buffer>;
  /** Attachments not drawn yet, by attachment id. */
  pendingAttachments?: Map<string, PendingAttachment>;
}

/** The bytes of an attachment, drawing it on first use and caching it in `source.attachments`. */
export async function loadAttachment(source: AttachmentSource, attachmentId: string): Promise<Buffer | undefined> {
  const ready = source.attachments.get(attachmentId);
  if (ready) return ready;
  const pending = source.pendingAttachments?.get(attachmentId);
  if (!pending) return undefined;
  const bytes = await pending.render();
  source.attachments.set(attachmentId, bytes);
  return bytes;
}
