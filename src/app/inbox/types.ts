// The contract between the sources of mail (file import, paste, IMAP sync) and the inbox use cases
// (issue 16). A source hands over raw bytes; the inbox parses, matches and keeps only what matches.

/** Where a message came from; shown to the user beside it. */
export type MailSource = 'file' | 'paste' | 'imap';

export interface IngestInput {
  /** The message as received: RFC 5322 bytes, or a pasted text without headers. */
  raw: Buffer | string;
  source: MailSource;
  /**
   * A key unique to this copy of the message within its source, e.g. "imap:INBOX:1699999999:4711"
   * (mailbox, UIDVALIDITY, UID) or a file's sha256. Ingesting the same key twice stores it once,
   * which is what makes a sync killed mid-run safe to run again.
   */
  sourceKey: string;
}

export type IngestOutcome =
  /** Matched a process and kept (confident) or put on the review list (weak). */
  | 'stored'
  /** Already ingested under this sourceKey or Message-ID: nothing changed. */
  | 'duplicate'
  /** Matches no open process: not stored, nothing kept. */
  | 'unmatched'
  /** Not a readable message (empty, too large, not MIME): not stored. */
  | 'unreadable';

export interface IngestResult {
  outcome: IngestOutcome;
  /** The stored message's id, when stored or duplicate. */
  mailId: string | null;
  /** One line for the user: why it was matched, skipped or refused (no message content). */
  reason: string;
}
