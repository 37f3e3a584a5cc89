import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import type { TestApp } from '../../../test/helpers/app.js';
import { startWebApp, type WebTestApp } from '../../../test/helpers/web-app.js';
import type { StoredTouch } from '../../app/index.js';

const ORIGIN = 'http://127.0.0.1:4100';

const INTERVIEW = {
  company: 'Acme Corp',
  role: 'Product Manager',
  at: '2026-03-03T10:00',
  tz: 'America/New_York',
  country: 'US',
  format: 'video',
  'interviewers.0.name': 'Dana Reyes',
  'interviewers.0.email': 'dana@acme.example',
  'interviewers.0.role': 'hiring-manager',
  'interviewers.1.name': 'Sam Lee',
  'interviewers.1.email': 'sam@acme.example',
  'interviewers.1.role': 'interviewer',
  timeframe: 'we hope to decide by the end of next week',
  contact: 'dana@acme.example',
  permission: 'yes',
  channel: 'email',
};

describe('web: time frames and the follow-up plan', () => {
  let web: WebTestApp;
  let opened: TestApp;
  let app: Hono;
  // Wed 4 Mar 2026, 10:00 in New York: the day after the interview, the thank-yous are overdue.
  let now = Date.parse('2026-03-04T15:00:00Z');
  const clock = { now: () => new Date(now) };

  before(async () => {
    web = await startWebApp({ clock });
    ({ opened, app } = web);
  });
  after(async () => {
    await web.close();
  });

  const get = (path: string) => app.request(`${ORIGIN}${path}`);
  const post = (path: string, fields: Record<string, string>, headers: Record<string, string> = { origin: ORIGIN }) =>
    app.request(`${ORIGIN}${path}`, {
      method: 'POST',
      body: new URLSearchParams(fields),
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    });
  const preview = (q: Record<string, string>) => get(`/timeframe/preview?${new URLSearchParams(q)}`);
  const add = async (extra: Record<string, string> = {}) => {
    const res = await post('/interviews', { ...INTERVIEW, ...extra });
    assert.equal(res.status, 303, await res.clone().text());
    const location = res.headers.get('location') ?? '';
    return { location, id: location.split('/').pop() as string };
  };
  const touches = async (id: string) => (await opened.api.followUps.plan(id)).touches;
  const touch = async (id: string, kind: StoredTouch['kind'], contactName?: string) => {
    const record = await opened.api.interviews.show(id);
    const contactId = record.participants.find((p) => p.contact.name === contactName)?.contact.id;
    const found = (await touches(id)).find((t) => t.kind === kind && (!contactName || t.contactId === contactId));
    assert.ok(found, `a ${kind} touch`);
    return found;
  };

  it('leads the empty dashboard with nothing due', async () => {
    const html = await (await get('/')).text();
    assert.match(html, /Due in the next 7 days/);
    assert.match(html, /Nothing due in the next 7 days/);
  });

  it('previews what a phrase is understood as, as an escaped fragment', async () => {
    const res = await preview({
      timeframe: 'we hope to decide by the end of next week',
      at: '2026-03-03T10:00',
      tz: 'America/New_York',
      country: 'us',
    });
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.doesNotMatch(html, /<html|<!DOCTYPE/i, 'a fragment, not a page');
    assert.match(html, /Understood as a decision by Fri 13 Mar 2026/);
    assert.match(html, /By Fri 13 Mar 2026/);
    assert.match(html, /Soft: a hope or an estimate/);
    assert.match(html, /<time datetime="2026-03-17">Tue 17 Mar 2026<\/time>/);

    const hostile = await (await preview({ timeframe: '<script>alert(1)</script>', at: '2026-03-03T10:00' })).text();
    assert.doesNotMatch(hostile, /<script>alert/);
    assert.match(hostile, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(hostile, /No time frame was understood/);
  });

  it('answers a bad date, zone or country in the preview with a field error, not a 500', async () => {
    const res = await preview({ timeframe: 'by Friday', at: '2026-02-30T10:00', tz: 'Mars/Olympus', country: 'ZZ' });
    assert.equal(res.status, 400);
    const html = await res.text();
    assert.match(html, /class="field-error"/);
    assert.match(html, /Date and time &quot;2026-02-30T10:00&quot; must be a date/);
    assert.match(html, /Time zone is not a known IANA time zone/);
    const country = await preview({ timeframe: 'by Friday', at: '2026-03-03T10:00', country: 'ZZ' });
    assert.equal(country.status, 400);
    assert.match(await country.text(), /Country &quot;ZZ&quot; is not a country we know/);
    const empty = await preview({ timeframe: '  ', at: '2026-03-03T10:00' });
    assert.equal(empty.status, 200);
    assert.equal((await empty.text()).trim(), '', 'nothing typed, nothing shown');
  });

  it('wires the form: a polite live region under the time frame, htmx asking as the user types, a card option', async () => {
    const html = await (await get('/interviews/new')).text();
    assert.match(html, /<div id="timeframe-understanding" class="understanding" aria-live="polite"/);
    assert.match(html, /<textarea id="f-timeframe"[^>]*hx-get="\/timeframe\/preview"/);
    assert.match(
      html,
      /hx-trigger="input changed delay:300ms, change from:#f-at, change from:#f-tz, change from:#f-country"/,
    );
    assert.match(html, /hx-include="#f-at, #f-tz, #f-country"/);
    assert.match(html, /type="checkbox" id="f-card" name="card" value="1"/);
    assert.match(html, /Also mail a thank-you card \(a complement to the email\)/);
  });

  it('shows the plan as a timeline on the interview page, with the understanding on top', async () => {
    const { location, id } = await add();
    const res = await get(location);
    assert.equal(res.status, 200);
    const html = await res.text();
    const plan = html.slice(html.indexOf('id="plan"'));
    assert.match(plan, /Understood as a decision by Fri 13 Mar 2026 \(the end of next week\)/);
    assert.match(plan, /<ol class="timeline">/);
    const order = [
      'Thank-you email to Dana Reyes',
      'Check in with Dana Reyes',
      'Second check-in with Dana Reyes',
      'Close the loop',
    ].map((s) => plan.indexOf(s));
    assert.ok(
      order.every((n, i) => n > 0 && (i === 0 || n > (order[i - 1] ?? 0))),
      `timeline in order: ${order}`,
    );
    assert.match(plan, /Thank-you email to Sam Lee/);
    assert.match(plan, /Tue 3 Mar 2026, 17:00 America\/New_York<\/time><strong class="badge overdue-badge"> Overdue/);
    assert.match(plan, /<time datetime="2026-03-17T14:00:00Z">Tue 17 Mar 2026, 10:00 America\/New_York<\/time>/);
    assert.match(plan, /Check in with Dana Reyes \(the contact they gave you\) on Tue 17 Mar 2026/);
    assert.match(plan, /action="\/touches\/[^"]+\/done"/);
    assert.match(plan, new RegExp(`name="return" value="/interviews/${id}#plan"`));
    assert.match(plan, /Log what happened/);
  });

  it('adds, shows and removes a thank-you card from the form checkbox', async () => {
    const { location, id } = await add({ company: 'Cardco', card: '1' });
    assert.equal((await opened.api.interviews.show(id)).nextSteps.card, true);
    assert.match(await (await get(location)).text(), /Thank-you card to Dana Reyes/);
    const edit = await (await get(`${location}/edit`)).text();
    assert.match(edit, /id="f-card" name="card" value="1" checked/);
    assert.match(
      edit,
      /aria-atomic="true"><p class="understanding-title">How this is understood/,
      'rendered without JS',
    );
    const res = await post(`${location}/edit`, { ...INTERVIEW, company: 'Cardco' });
    assert.equal(res.status, 303);
    assert.equal((await opened.api.interviews.show(id)).nextSteps.card, false);
    assert.ok(!(await touches(id)).some((t) => t.kind === 'thank-you-card'));
  });

  it('marks touches done, skipped and snoozed, and goes back to the page they came from', async () => {
    const { id } = await add({ company: 'Statusco' });
    const thanks = await touch(id, 'thank-you', 'Dana Reyes');
    const done = await post(`/touches/${thanks.id}/done`, { return: `/interviews/${id}#plan` });
    assert.equal(done.status, 303);
    assert.equal(done.headers.get('location'), `/interviews/${id}?updated=done#plan`);
    assert.equal((await touch(id, 'thank-you', 'Dana Reyes')).status, 'done');
    const page = await (await get(`/interviews/${id}?updated=done`)).text();
    assert.match(page, /role="status">Marked as done/);

    const sam = await touch(id, 'thank-you', 'Sam Lee');
    const skipped = await post(`/touches/${sam.id}/skip`, { return: '/#due' });
    assert.equal(skipped.headers.get('location'), '/?updated=skipped#due');
    assert.equal((await touch(id, 'thank-you', 'Sam Lee')).status, 'skipped');

    const checkIn = await touch(id, 'check-in-1');
    const snoozed = await post(`/touches/${checkIn.id}/snooze`, { until: '2026-03-20', return: '/' });
    assert.equal(snoozed.status, 303);
    const after = await touch(id, 'check-in-1');
    assert.equal(after.status, 'snoozed');
    assert.equal(after.snoozedUntil, '2026-03-20T13:00:00Z', '09:00 in New York (daylight time)');
    assert.match(await (await get(`/interviews/${id}`)).text(), /Snoozed until <time[^>]*>Fri 20 Mar 2026, 09:00/);

    const close = await touch(id, 'close-the-loop');
    assert.equal((await post(`/touches/${close.id}/snooze`, { return: '/' })).status, 303, 'no date: tomorrow');
    assert.equal((await touch(id, 'close-the-loop')).snoozedUntil, '2026-03-05T14:00:00Z');
  });

  it('refuses a snooze into the past with the message by its field and the date kept', async () => {
    const { id } = await add({ company: 'Pastco' });
    const checkIn = await touch(id, 'check-in-1');
    const res = await post(`/touches/${checkIn.id}/snooze`, { until: '2026-03-01', return: `/interviews/${id}#plan` });
    assert.equal(res.status, 400);
    const html = await res.text();
    assert.match(html, /<title>Error: Pastco/);
    assert.match(html, /class="error-summary" role="alert"/);
    const field = `snooze-${checkIn.id}`;
    assert.match(html, new RegExp(`href="#${field}"`));
    assert.match(html, new RegExp(`id="${field}-error"[^<]*<span[^>]*>Error: </span>2026-03-01 has already passed`));
    assert.match(html, new RegExp(`id="${field}" name="until" value="2026-03-01"[^>]*aria-invalid="true"`));
    assert.equal((await touch(id, 'check-in-1')).status, 'pending');
    const fromDashboard = await post(`/touches/${checkIn.id}/snooze`, { until: 'next week', return: '/#due' });
    assert.equal(fromDashboard.status, 400);
    assert.match(await fromDashboard.text(), /<h1>Dashboard<\/h1>[\s\S]*must be a date/);
  });

  it('ignores a return address that leaves this server', async () => {
    const { id } = await add({ company: 'Redirectco' });
    const fallback = `/interviews/${id}?updated=skipped#plan`;
    for (const bad of [
      '//evil.example/x',
      '/\\evil.example/x',
      'https://evil.example/',
      'javascript:alert(1)',
      'evil.example',
      '/%0d%0aSet-Cookie:x',
      '/\t/evil.example',
      '',
    ]) {
      const t = await touch(id, 'check-in-2');
      const res = await post(`/touches/${t.id}/skip`, { return: bad });
      assert.equal(res.status, 303, bad);
      const location = res.headers.get('location') ?? '';
      if (bad === '/%0d%0aSet-Cookie:x') assert.equal(location, '/%0d%0aSet-Cookie:x?updated=skipped', bad);
      else assert.equal(location, fallback, bad);
      assert.doesNotMatch(location, /evil|^\/\/|\\|\r|\n/, bad);
    }
  });

  it('refuses touch changes from another site and answers 404 for an unknown touch', async () => {
    const { id } = await add({ company: 'Csrfco' });
    const t = await touch(id, 'check-in-1');
    assert.equal((await post(`/touches/${t.id}/done`, {}, {})).status, 403);
    assert.equal((await post(`/touches/${t.id}/done`, {}, { origin: 'http://evil.example' })).status, 403);
    assert.equal((await touch(id, 'check-in-1')).status, 'pending');
    assert.equal((await post('/touches/tc_nope/done', { return: '/' })).status, 404);
  });

  it('logs a new date and moves the check-in; a bad log keeps the values and names the field', async () => {
    const { location, id } = await add({ company: 'Newdateco' });
    assert.equal((await touch(id, 'check-in-1')).dueLocal, '2026-03-17T10:00');
    const form = await (await get(location)).text();
    assert.match(form, /id="l-at" name="at" type="datetime-local" value="2026-03-04T10:00"/, 'now, in the zone');

    const bad = await post(`${location}/log`, { kind: 'new-date', at: '2026-03-04T09:00', note: 'Rang me back' });
    assert.equal(bad.status, 400);
    const html = await bad.text();
    assert.match(html, /href="#l-timeframe"/);
    assert.match(html, /id="l-timeframe-error"/);
    assert.match(html, /<details class="log" open/);
    assert.match(html, /Rang me back<\/textarea>/);
    assert.match(html, /id="l-kind-new-date" name="kind" value="new-date" checked/);

    const future = await post(`${location}/log`, { kind: 'call', at: '2026-03-05T09:00' });
    assert.equal(future.status, 400);
    assert.match(await future.text(), /id="l-at-error"[^<]*<span[^>]*>Error: <\/span>is in the future/);
    const nobody = await post(`${location}/log`, { kind: 'reply', from: 'Nobody Known' });
    assert.equal(nobody.status, 400);
    assert.match(await nobody.text(), /id="l-from-error"/);
    const noKind = await post(`${location}/log`, { note: 'x' });
    assert.equal(noKind.status, 400);
    assert.match(await noKind.text(), /id="l-kind-error"/);
    assert.equal((await opened.api.followUps.plan(id)).events.length, 0, 'nothing logged');

    const res = await post(`${location}/log`, {
      kind: 'new-date',
      fromContact: 'Dana Reyes <dana@acme.example>',
      at: '2026-03-04T09:00',
      timeframe: 'we will decide by March 27',
      note: 'Panel moved',
    });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), `/interviews/${id}?updated=logged#plan`);
    assert.equal((await touch(id, 'check-in-1')).dueLocal, '2026-03-30T10:00');
    const page = await (await get(`/interviews/${id}`)).text();
    assert.match(page, /They gave a new date<\/strong>, from Dana Reyes/);
    assert.match(page, /<q>we will decide by March 27<\/q>/);
    assert.match(page, /Understood as a decision by Fri 27 Mar 2026/);
  });

  it('leads the dashboard with what is due, overdue first, each with its actions', async () => {
    const html = await (await get('/')).text();
    const due = html.slice(html.indexOf('id="due"'), html.indexOf('Your interviews</h2>'));
    assert.match(due, /Thank-you email to Sam Lee/);
    assert.match(due, /Acme Corp · Product Manager/);
    assert.match(due, /Tue 3 Mar 2026, 17:00 America\/New_York<\/time><strong class="badge overdue-badge"> Overdue/);
    assert.match(due, /Thank Sam Lee the same day/);
    assert.match(due, /href="\/interviews\/iv_[0-9a-z]+#plan"/);
    assert.match(due, /name="return" value="\/#due"/);
    assert.match(due, /action="\/touches\/[^"]+\/skip"/);
    assert.match(due, /action="\/touches\/[^"]+\/snooze"/);
    assert.doesNotMatch(due, /Check in with/, 'the check-ins are weeks away');
    // The card of Cardco was removed; Statusco's done and skipped touches are not due any more.
    const dueList = await opened.api.followUps.due({ days: 7 });
    assert.equal((due.match(/<li class="due-item/g) ?? []).length, dueList.length);
    const doneCount = dueList.filter((t) => t.company === 'Statusco').length;
    assert.equal(doneCount, 1, 'only Statusco close-the-loop snoozed to tomorrow remains');
    // A week on, the overdue ones are still first and marked.
    now += 7 * 86_400_000;
    const later = await (await get('/')).text();
    assert.match(later, /of them overdue/);
  });
});
