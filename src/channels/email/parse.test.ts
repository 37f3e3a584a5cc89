import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_MESSAGE_BYTES, parseEmail, UnreadableEmail } from './parse.js';

const reply = [
  'Return-Path: <dana@northwind.example>',
  'From: "Dana =?UTF-8?Q?R=C3=A9my?=" <Dana@Northwind.example>',
  'To: Sam Lee <sam@example.org>',
  'Cc: Team: a@northwind.example, b@northwind.example;',
  'Subject: Re: Thank you =?UTF-8?B?4oCU?= Dispatch Engineer',
  'Date: Tue, 10 Nov 2026 16:02:11 -0500',
  'Message-ID: <reply-1@northwind.example>',
  'In-Reply-To: <thanks-42@followthrough.local>',
  'References: <first@followthrough.local>',
  ' <thanks-42@followthrough.local>',
  'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="b1"',
  '',
  '--b1',
  'Content-Type: multipart/alternative; boundary="b2"',
  '',
  '--b2',
  'Content-Type: text/plain; charset=utf-8',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  'Hi Sam,=0D',
  'We would like to invite you to a final round on Friday.=0D',
  '',
  '--b2',
  'Content-Type: text/calendar; method=REQUEST; charset=utf-8',
  '',
  'BEGIN:VCALENDAR',
  'METHOD:REQUEST',
  'BEGIN:VEVENT',
  'UID:evt-1@northwind.example',
  'DTSTART:20261113T150000Z',
  'SUMMARY:Final round',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
  '--b2--',
  '--b1',
  'Content-Type: application/pdf; name="agenda.pdf"',
  'Content-Disposition: attachment; filename="agenda.pdf"',
  'Content-Transfer-Encoding: base64',
  '',
  'JVBERi0xLjQK',
  '--b1--',
  '',
].join('\r\n');

test('a reply is read into its headers, text, calendar part and attachment names', async () => {
  const email = await parseEmail(reply);
  assert.equal(email.messageId, '<reply-1@northwind.example>');
  assert.equal(email.inReplyTo, '<thanks-42@followthrough.local>');
  assert.deepEqual(email.references, ['<first@followthrough.local>', '<thanks-42@followthrough.local>']);
  assert.deepEqual(email.from, { name: 'Dana Rémy', address: 'dana@northwind.example' });
  assert.deepEqual(email.to, [{ name: 'Sam Lee', address: 'sam@example.org' }]);
  assert.deepEqual(
    email.cc.map((box) => box.address),
    ['a@northwind.example', 'b@northwind.example'],
  );
  assert.equal(email.subject, 'Re: Thank you — Dispatch Engineer');
  assert.equal(email.date?.toISOString(), '2026-11-10T21:02:11.000Z');
  assert.equal(email.text, 'Hi Sam,\nWe would like to invite you to a final round on Friday.');
  assert.equal(email.calendars.length, 1);
  assert.equal(email.calendars[0]?.method, 'REQUEST');
  assert.match(email.calendars[0]?.ics ?? '', /UID:evt-1@northwind.example/);
  assert.deepEqual(email.attachmentNames, ['agenda.pdf']);
});

test('HTML-only mail is read as text', async () => {
  const html = [
    'From: hr@acme.example',
    'Subject: Update',
    'Content-Type: text/html; charset=utf-8',
    '',
    '<p>Unfortunately we have decided&nbsp;to move forward with <b>other candidates</b>.</p>',
  ].join('\n');
  const email = await parseEmail(html);
  assert.match(email.text, /Unfortunately we have decided to move forward with other candidates\./i);
  assert.equal(email.messageId, null);
  assert.equal(email.date, null);
});

test('a pasted body without headers is kept as text, with no sender', async () => {
  const email = await parseEmail('\uFEFFHi Sam,\r\n\r\nThanks for your patience: we will decide by Friday.\r\n');
  assert.equal(email.from, null);
  assert.equal(email.subject, '');
  assert.equal(email.text, 'Hi Sam,\n\nThanks for your patience: we will decide by Friday.');
});

test('empty and oversized messages are refused with a reason', async () => {
  await assert.rejects(
    parseEmail(''),
    (error: Error) => error instanceof UnreadableEmail && /empty/.test(error.message),
  );
  const big = Buffer.alloc(MAX_MESSAGE_BYTES + 1, 0x61);
  await assert.rejects(
    parseEmail(big),
    (error: Error) => error instanceof UnreadableEmail && /limit/.test(error.message),
  );
});
