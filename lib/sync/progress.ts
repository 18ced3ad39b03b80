// progress_percentage: Gmail gives no exact total. Messages come newest first, so for a date range the
// honest figure is the share of the range already covered (down to the oldest message scanned);
// without a range it is messages scanned against Gmail's resultSizeEstimate. Capped at 99 until done.
import "server-only";

export interface ProgressInput {
  /** Epoch seconds of the range [after, before), when the run has one. */
  bounds: { after: number; before: number } | null;
  oldestScannedAt: Date | null;
  messagesScanned: number;
  estimatedTotal: number | null;
}

export function progressPercentage(input: ProgressInput): number {
  let share = 0;
  if (input.bounds && input.oldestScannedAt) {
    const span = input.bounds.before - input.bounds.after;
    const covered = input.bounds.before - input.oldestScannedAt.getTime() / 1000;
    share = span > 0 ? covered / span : 0;
  } else if (!input.bounds && input.estimatedTotal) {
    share = input.messagesScanned / input.estimatedTotal;
  }
  return Math.max(0, Math.min(99, Math.floor(share * 100)));
}
