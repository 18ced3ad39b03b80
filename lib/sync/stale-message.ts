// The message a stale run is failed with. The dashboard recognises it to explain the failure in plain
// words, so it lives here, free of server imports, for both sides to share.
export const STALE_MESSAGE_PREFIX = "Stale run auto-failed: no heartbeat for ";
