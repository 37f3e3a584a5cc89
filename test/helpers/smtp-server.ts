// A real SMTP server on loopback (smtp-server), for the email suites: it records what it receives
// (envelope and raw message), and can be told to answer with an error, check a password, refuse a
// recipient, or hold a message mid-DATA until released.
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface Received {
  from: string;
  to: string[];
  raw: Buffer;
  parsed: ParsedMail;
}

/** What to answer the n-th DATA (1-based): null accepts, else an error reply. */
export type DataAnswer = (n: number) => { code: number; message: string } | null;

export interface TestSmtp {
  port: number;
  received: Received[];
  /** DATA commands seen, including refused ones. */
  dataAttempts: number;
  answer: DataAnswer;
  /** When set, DATA waits for this promise before answering (a sender caught mid-send). */
  hold: Promise<void> | null;
  /** Called when DATA has been read completely (before answering). */
  onDataRead: (() => void) | null;
  refuseRecipient: (address: string) => boolean;
  /** Resolves when no message is being read or answered. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

const replyError = (code: number, message: string) => Object.assign(new Error(message), { responseCode: code });

export async function startSmtp(options: { user?: string; password?: string } = {}): Promise<TestSmtp> {
  const state: TestSmtp = {
    port: 0,
    received: [],
    dataAttempts: 0,
    answer: () => null,
    hold: null,
    onDataRead: null,
    refuseRecipient: () => false,
    idle: async () => {
      while (inFlight.size > 0) await Promise.all(inFlight);
    },
    close: async () => {},
  };
  const inFlight = new Set<Promise<void>>();
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    authOptional: !options.user,
    allowInsecureAuth: true,
    logger: false,
    // A reverse DNS lookup per connection can take 1.5 s on a machine without a resolver.
    disableReverseLookup: true,
    onAuth(auth, _session, callback) {
      if (auth.username === options.user && auth.password === options.password)
        return callback(null, { user: auth.username });
      return callback(replyError(535, '5.7.8 Authentication credentials invalid'));
    },
    onRcptTo(address, _session, callback) {
      if (state.refuseRecipient(address.address))
        return callback(replyError(550, `5.1.1 <${address.address}>: Recipient address rejected: User unknown`));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      let done = () => {};
      const handled = new Promise<void>((r) => {
        done = r;
      });
      inFlight.add(handled);
      void handled.then(() => inFlight.delete(handled));
      // A client that dies mid-DATA: smtp-server destroys the stream (no 'end'); nothing was received.
      let ended = false;
      stream.on('error', () => {});
      stream.on('close', () => {
        if (!ended) done();
      });
      stream.on('end', async () => {
        ended = true;
        try {
          await answerData();
        } finally {
          done();
        }
      });
      const answerData = async () => {
        const n = ++state.dataAttempts;
        state.onDataRead?.();
        if (state.hold) await state.hold;
        const error = state.answer(n);
        if (error) return callback(replyError(error.code, error.message));
        const raw = Buffer.concat(chunks);
        const parsed = await simpleParser(raw);
        state.received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          parsed,
        });
        callback(null, `2.0.0 Ok: queued as ${n}`);
      };
    },
  });
  // A sender killed mid-session resets its connection: that is the client's doing, not a server fault.
  server.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') throw error;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.port = (server.server.address() as AddressInfo).port;
  state.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return state;
}
