// The narrow interface between the app and the mail server: one message in, the server's verdict out.
export type SmtpSecurity = 'starttls' | 'tls' | 'none';
export const SMTP_SECURITIES: readonly SmtpSecurity[] = ['starttls', 'tls', 'none'];

export interface SmtpConnection {
  host: string;
  port: number;
  security: SmtpSecurity;
  username: string;
  password: string;
}

export interface Mailbox {
  name: string;
  address: string;
}

/** A message ready to leave: every header value already checked for control characters. */
export interface OutgoingEmail {
  /** Null only in an .eml made without a sender: the mail client fills it in. */
  from: Mailbox | null;
  /** Null only in an .eml for a contact without an address. */
  to: Mailbox | null;
  /** A copy for the sender; null for none. */
  bcc: string | null;
  subject: string;
  text: string;
  /** "<unique@domain>" */
  messageId: string;
  inReplyTo: string | null;
  references: string[];
  date: Date;
}

export interface SendReceipt {
  accepted: string[];
  rejected: string[];
  /** The server's last reply, e.g. "250 2.0.0 OK queued as ...". */
  response: string;
}

/** How a failed send should be handled. */
export type FailureKind =
  /** 4xx, a dropped connection: the same message may go through later. */
  | 'temporary'
  /** 5xx: the server will refuse it again. */
  | 'permanent'
  /** The server refused the username or password. */
  | 'auth'
  /** The server could not be reached at all (DNS, refused, timed out, TLS). */
  | 'network';

export class SendFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
    readonly responseCode?: number,
  ) {
    super(message);
    this.name = 'SendFailure';
  }
}

export interface Mailer {
  send(email: OutgoingEmail): Promise<SendReceipt>;
  close(): void;
}

export type ConnectMailer = (connection: SmtpConnection) => Promise<Mailer>;
