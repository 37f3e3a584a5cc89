// Header safety, property-tested against a real SMTP server on loopback: for any display name,
// subject and body, either the app refuses it (a control character: CR/LF could forge headers) or
// exactly the intended recipients receive it and the headers read back (mailparser) as written.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { connectSmtp } from '../src/channels/email/smtp.js';
import type { Mailer, OutgoingEmail } from '../src/channels/email/types.js';
import { addressProblems, hasControl, headerTextProblems } from '../src/core/mail/headers.js';
import { startSmtp, type TestSmtp } from './helpers/smtp-server.js';

const HOSTILE = [
  'Eve <eve@evil.example>',
  '"Dana" <dana@acme.example>, eve@evil.example',
  'x\r\nBcc: eve@evil.example',
  'x\nTo: eve@evil.example',
  'x\rCc: eve@evil.example',
  '=?utf-8?B?ZXZl?= <eve@evil.example>',
  'Dana; eve@evil.example',
  'Łukasz Żółć',
  'Дана Рейес',
  '佐藤 花子',
  '"quoted" \\back\\slash',
  'a\u0000b',
  'tab\there',
  'line\u2028sep',
  '  spaced   out  ',
  '',
];

const text = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.tuple(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 20 })).map(([a, b]) => `${a}${b}`),
);
const local = fc.stringMatching(/^[a-z0-9][a-z0-9._+-]{0,15}[a-z0-9]$/).filter((s) => !s.includes('..'));
const address = fc
  .tuple(local, fc.constantFrom('acme.example', 'mail.example.org', 'x-y.example'))
  .map(([l, d]) => `${l}@${d}`);

// What a header can carry without a control character: leading/trailing blanks are not significant.
const shown = (s: string) => s.trim();

describe('email headers (property, real smtp-server)', { timeout: 300_000 }, () => {
  let smtp: TestSmtp;
  let mailer: Mailer;
  before(async () => {
    smtp = await startSmtp();
    mailer = await connectSmtp({ host: '127.0.0.1', port: smtp.port, security: 'none', username: '', password: '' });
  });
  after(async () => {
    mailer.close();
    await smtp.close();
  });

  test('a control character in a name, subject or address is always refused', () => {
    fc.assert(
      fc.property(
        text,
        fc.constantFrom('\r', '\n', '\r\n', '\u0000', '\u001b', '\u0085', '\u2028'),
        fc.nat(),
        (s, c, at) => {
          const withControl = s.slice(0, at % (s.length + 1)) + c + s.slice(at % (s.length + 1));
          assert.ok(headerTextProblems('subject', withControl).length > 0);
          assert.ok(addressProblems('to', `a${c}b@acme.example`).length > 0);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('only the intended recipients receive it, and headers round-trip', async () => {
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(
        text,
        text,
        text,
        address,
        fc.boolean(),
        fc.string({ maxLength: 400 }),
        async (toName, fromName, subject, to, bcc, body) => {
          const refused = [
            ...headerTextProblems('to', toName),
            ...headerTextProblems('fromName', fromName),
            ...headerTextProblems('subject', subject),
            ...addressProblems('to', to),
          ];
          const controls = [toName, fromName, subject].some(hasControl);
          assert.equal(refused.length > 0, controls, `refused ${JSON.stringify(refused)}`);
          if (refused.length > 0) return;
          const email: OutgoingEmail = {
            from: { name: shown(fromName), address: 'alex@home.example' },
            to: { name: shown(toName), address: to },
            bcc: bcc ? 'alex@home.example' : null,
            subject: shown(subject),
            text: body,
            messageId: `<prop-${++sent}@home.example>`,
            inReplyTo: sent > 1 ? `<prop-${sent - 1}@home.example>` : null,
            references: sent > 1 ? [`<prop-${sent - 1}@home.example>`] : [],
            date: new Date('2026-03-03T17:00:00Z'),
          };
          const before = smtp.received.length;
          await mailer.send(email);
          await smtp.idle();
          assert.equal(smtp.received.length, before + 1);
          const got = smtp.received.at(-1);
          assert.ok(got);
          assert.deepEqual(got.to.sort(), (bcc ? [to, 'alex@home.example'] : [to]).sort(), 'envelope recipients');
          const parsedTo = Array.isArray(got.parsed.to) ? got.parsed.to : got.parsed.to ? [got.parsed.to] : [];
          assert.deepEqual(
            parsedTo.flatMap((a) => a.value).map((v) => ({ address: v.address, name: v.name })),
            [{ address: to, name: shown(toName) }],
            'To header',
          );
          assert.equal(got.parsed.cc, undefined);
          assert.equal(got.parsed.bcc, undefined);
          assert.deepEqual(
            got.parsed.from?.value.map((v) => ({ address: v.address, name: v.name })),
            [{ address: 'alex@home.example', name: shown(fromName) }],
          );
          assert.equal(got.parsed.subject ?? '', shown(subject), 'Subject');
          assert.equal(got.parsed.messageId, email.messageId);
          assert.equal(got.parsed.inReplyTo, email.inReplyTo ?? undefined);
        },
      ),
      { numRuns: 150 },
    );
  });
});
