// Issue 15, "keep it so", on the web: every route the Hono app declares (app.routes, not a list kept
// by hand) is asked with a real id, an unknown id and a wrong-shape id; every form the pages render
// (found by reading the pages) is posted with each field empty, 100 KB, holding control characters
// and, for date fields, impossible dates; and every route that changes state gets a malformed
// multipart body and a malformed %-encoding. Each answer: never a 500, never a stack trace; an
// unknown id is a 404, a malformed body a 400; and a refusal (any 4xx) writes nothing.
// SWEEP_TRACE=FILE appends every case and its answer to FILE, to see what the sweep did.
import assert from 'node:assert/strict';
import { appendFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Hono } from 'hono';
import { OUTCOMES } from '../src/core/outcomes.js';
import { isOpenTouch } from '../src/core/plan/index.js';
import { localHosts } from '../src/web/security.js';
import { createWebApp } from '../src/web/server.js';
import {
  BIG,
  CONTROLS,
  type Fingerprint,
  fingerprint,
  IMPOSSIBLE_DATES,
  stackIn,
  unknownId,
  WRONG_SHAPE_ID,
} from './helpers/sweep.js';
import { openedApp } from './helpers/web-app.js';

const ORIGIN = 'http://127.0.0.1:4100';
const NOTE =
  'Dear Dana,\n\nThank you for talking with me about pricing yesterday. Your point about onboarding churn stayed with me.\n\nBest,\nJordan Lee\n';
const YESTERDAY = `${new Date(Date.now() - 86_400_000).toISOString().slice(0, 11)}10:00`;

interface Seed {
  interview: string;
  opportunity: string;
  touch: string;
  message: string;
  attempt: string;
  feed: string;
}

/** A route parameter's kind, from the path segment before it (`/interviews/:id` names an interview). */
const PARAM_KIND: Record<string, keyof Seed> = {
  interviews: 'interview',
  touches: 'touch',
  messages: 'message',
  opportunities: 'opportunity',
  attempts: 'attempt',
  feed: 'feed',
};
const PREFIX: Record<keyof Seed, string> = {
  interview: 'iv',
  opportunity: 'op',
  touch: 'tc',
  message: 'msg',
  attempt: 'qa',
  feed: 'x',
};

interface Route {
  method: string;
  path: string;
}

/** A form as a page renders it: where it posts and the fields with the values they start with. */
interface Form {
  action: string;
  fields: [name: string, value: string][];
  dates: Set<string>;
}

interface Answer {
  status: number;
  body: string;
  location: string;
}

describe('sweep: every web route and form', { timeout: 120_000 }, () => {
  let opened: Awaited<ReturnType<typeof openedApp>>;
  let app: Hono;
  let fp: Fingerprint;
  let seed: Seed;
  let seeds = 0;
  const logged: string[] = [];
  const stats = { routes: 0, forms: 0, validForms: 0, fields: 0, cases: 0 };
  const statuses = new Map<number, number>();

  const request = async (method: string, path: string, body?: BodyInit, type?: string): Promise<Answer> => {
    const headers: Record<string, string> = { origin: ORIGIN };
    if (type) headers['content-type'] = type;
    const res = await app.request(`${ORIGIN}${path}`, { method, body, headers });
    const text = await res.text();
    stats.cases++;
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    return { status: res.status, body: text, location: res.headers.get('location') ?? '' };
  };
  const form = (fields: [string, string][]) => new URLSearchParams(fields).toString();

  async function ensureSeed(): Promise<void> {
    const api = opened.api;
    const ok = (p: Promise<unknown>) =>
      p.then(
        () => true,
        () => false,
      );
    const openTouch = async (id: string) => (await api.followUps.plan(id)).touches.find(isOpenTouch);
    let touch = seed && (await ok(api.interviews.show(seed.interview))) && (await openTouch(seed.interview));
    if (!touch) {
      const res = await request(
        'POST',
        '/interviews',
        form([
          ['company', `Acme Corp ${++seeds}`],
          ['role', 'Product Manager'],
          ['at', YESTERDAY],
          ['tz', 'America/New_York'],
          ['interviewers.0.name', 'Dana Reyes'],
          ['interviewers.0.email', 'dana@acme.example'],
          ['interviewers.0.role', 'interviewer'],
        ]),
        'application/x-www-form-urlencoded',
      );
      assert.equal(res.status, 303, res.body.slice(0, 500));
      const interview = await api.interviews.show(res.location.split('/').pop() as string);
      touch = await openTouch(interview.id);
      assert.ok(touch, 'a new interview has an open touch');
      seed = {
        ...(seed ?? { attempt: '', feed: '' }),
        interview: interview.id,
        opportunity: interview.opportunityId,
        touch: touch.id,
        message: '',
      };
    }
    seed.touch = touch.id;
    if (
      !seed.message ||
      !(await api.drafts.get(seed.message).then(
        (d) => d.editable,
        () => false,
      ))
    ) {
      seed.message = (await api.drafts.create({ interviewId: seed.interview, kind: 'thank-you', to: 'Dana' })).id;
      await api.drafts.edit(seed.message, { body: NOTE });
    }
    if (!seed.attempt || !(await ok(api.quiz.progress(seed.attempt)))) {
      seed.attempt = (await api.quiz.start({ seed: 42 })).attemptId;
    }
    if (!seed.feed) seed.feed = (await api.calendar.rotateFeed()).path.split('/').pop() as string;
  }

  before(async () => {
    opened = await openedApp();
    app = createWebApp(opened.api, { allowedHosts: localHosts('127.0.0.1', 4100), log: (line) => logged.push(line) });
    await opened.api.profile.update({ name: 'Jordan Lee', email: 'jordan@example.org', timeZone: 'America/New_York' });
    await ensureSeed();
    fp = fingerprint(opened.target);
  });
  after(async () => {
    fp?.close();
    await opened?.close();
  });

  const routes = (): Route[] => {
    const seen = new Map<string, Route>();
    for (const r of app.routes) {
      if (r.method === 'ALL' || r.path === '/static/*') continue;
      seen.set(`${r.method} ${r.path}`, { method: r.method, path: r.path });
    }
    return [...seen.values()];
  };

  type Ids = 'real' | 'unknown' | 'wrong';
  /** A route's path with its parameters filled: seeded ids, unknown ones of the right shape, or misfits. */
  function fill(path: string, ids: Ids, outcome = 'rejected'): string {
    const parts = path.split('/');
    return parts
      .map((part, i) => {
        if (!part.startsWith(':')) return part;
        const name = /^:(\w+)/.exec(part)?.[1] as string;
        if (name === 'n') return ids === 'real' ? '1' : ids === 'unknown' ? '99' : '1';
        if (name === 'outcome') return ids === 'real' ? outcome : ids === 'unknown' ? 'nope' : outcome;
        const kind = PARAM_KIND[parts[i - 1] as string];
        assert.ok(kind, `sweep: no idea what kind of id ${part} in ${path} is`);
        if (ids === 'wrong') return encodeURIComponent(WRONG_SHAPE_ID);
        return ids === 'real' ? seed[kind] : kind === 'feed' ? 'zzzzzzzzzzzzzzzzzzzzzzzz.ics' : unknownId(PREFIX[kind]);
      })
      .join('/');
  }

  /** Ids of the seed in a path or value, as tokens, so a form still works after the seed is made again. */
  const templated = (s: string) => {
    let out = s;
    for (const [k, v] of Object.entries(seed)) if (v) out = out.split(v).join(`{${k}}`);
    return out;
  };
  const rendered = (s: string) => s.replace(/\{(\w+)\}/g, (m, k: string) => (k in seed ? seed[k as keyof Seed] : m));

  const forms = new Map<string, Form>();
  /** Query parameters a page's links and live previews send to a GET path: path -> names. */
  const queries = new Map<string, Set<string>>();

  function collect(html: string): void {
    for (const m of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
      const attrs = attrsOf(m[1] as string);
      const inner = m[2] as string;
      const fields = fieldsOf(inner);
      for (const g of inner.matchAll(/hx-get="([^"]+)"/g)) {
        const url = new URL(htmlText(g[1] as string), ORIGIN);
        const names = queries.get(url.pathname) ?? new Set<string>();
        for (const [n] of fields.fields) names.add(n);
        queries.set(url.pathname, names);
      }
      if ((attrs.method ?? 'get').toLowerCase() !== 'post' || !attrs.action) continue;
      const action = templated(attrs.action);
      const key = `${action} ${fields.fields.map(([n]) => n).join(',')}`;
      const names = new Set(fields.fields.map(([n]) => n));
      if (!forms.has(key))
        forms.set(key, {
          action,
          fields: fields.fields.map(([n, v]) => [n, templated(v || sample(n, names))]),
          dates: fields.dates,
        });
    }
    for (const h of html.matchAll(/(?:href|hx-get)="([^"]*\?[^"]*)"/g)) {
      const url = new URL(htmlText(h[1] as string), ORIGIN);
      if (url.origin !== ORIGIN) continue;
      const names = queries.get(url.pathname) ?? new Set<string>();
      for (const n of url.searchParams.keys()) names.add(n);
      queries.set(url.pathname, names);
    }
  }

  const problems: string[] = [];
  /** One request's checks: no 500, no stack, the status allowed, and nothing written on a refusal. */
  async function probe(
    label: string,
    method: string,
    path: string,
    expect: (status: number) => boolean,
    body?: BodyInit,
    type?: string,
  ): Promise<Answer> {
    await ensureSeed();
    const before = fp.take();
    const res = await request(method, rendered(path), body, type);
    const tag = `${method} ${label} -> ${res.status}`;
    if (res.status >= 500) problems.push(`${tag}: ${res.body.slice(0, 200)}`);
    const stack = stackIn(res.body);
    if (stack) problems.push(`${tag}: a stack trace: ${stack}`);
    if (!expect(res.status)) problems.push(`${tag}: not the status expected`);
    if (res.status >= 400 && fp.take() !== before) problems.push(`${tag}: written on a refusal`);
    if (res.status < 400 && res.location) collectLocation(res.location);
    if (process.env.SWEEP_TRACE) appendFileSync(process.env.SWEEP_TRACE, `${tag}\n`);
    return res;
  }
  const collectLocation = (location: string) => {
    const url = new URL(location, ORIGIN);
    const names = queries.get(url.pathname) ?? new Set<string>();
    for (const n of url.searchParams.keys()) names.add(n);
    if (names.size > 0) queries.set(url.pathname, names);
  };

  const anything = () => true;
  const refused = (s: number) => s >= 400 && s < 500;
  const notFound = (s: number) => s === 404;

  test('every page answers with real, unknown and wrong-shape ids; its forms are collected', async () => {
    const all = routes();
    stats.routes = all.length;
    assert.ok(all.length >= 50, `only ${all.length} routes found`);
    for (const r of all.filter((r) => r.method === 'GET')) {
      const outcomes = r.path.includes(':outcome') ? OUTCOMES : ['rejected'];
      for (const outcome of outcomes) {
        // A page may not apply to the seed's state (an outcome its process cannot take): any 4xx but no 500.
        const res = await probe(`${r.path} (${outcome})`, 'GET', templated(fill(r.path, 'real', outcome)), anything);
        collect(res.body);
      }
      if (r.path.includes(':')) {
        await probe(`${r.path} (unknown id)`, 'GET', fill(r.path, 'unknown'), notFound);
        await probe(`${r.path} (wrong-shape id)`, 'GET', fill(r.path, 'wrong'), refused);
      }
    }
    for (const path of [
      '/static/../../etc/passwd',
      '/static/nope.css',
      `/static/${encodeURIComponent(BIG.slice(0, 5000))}`,
    ]) {
      await probe(path, 'GET', path, refused);
    }
    stats.forms = forms.size;
    assert.ok(forms.size >= 20, `only ${forms.size} forms found`);
  });

  test('every form refuses each bad value without writing; bad ids are 404s', async () => {
    for (const f of forms.values()) {
      const path = f.action;
      const urlencoded = 'application/x-www-form-urlencoded';
      const baseRes = await probe(
        `${path} (as rendered)`,
        'POST',
        path,
        anything,
        form(f.fields.map(([n, v]) => [n, rendered(v)])),
        urlencoded,
      );
      if (baseRes.status < 400) stats.validForms++;
      const names = [...new Set(f.fields.map(([n]) => n))];
      stats.fields += names.length;
      for (const name of names) {
        const values: [string, string][] = [
          ['empty', ''],
          ['100 KB', BIG],
          ...CONTROLS.map((v): [string, string] => [`control ${JSON.stringify(v)}`, v]),
          ...(f.dates.has(name) ? IMPOSSIBLE_DATES.map((d): [string, string] => [`impossible ${d}`, d]) : []),
        ];
        for (const [cls, value] of values) {
          const fields = f.fields.map(([n, v]): [string, string] => [n, n === name ? value : rendered(v)]);
          const res = await probe(`${path} ${name}=${cls}`, 'POST', path, anything, form(fields), urlencoded);
          // Refused, or taken and dropped (a return path falls back to the page's own, an empty row
          // is skipped): a bad value answered with success must not have been stored.
          if (cls !== 'empty' && res.status < 400 && fp.holds(value)) {
            problems.push(`POST ${path} ${name}=${cls} -> ${res.status}: the bad value was stored`);
          }
        }
        const others = form(f.fields.filter(([n]) => n !== name).map(([n, v]) => [n, rendered(v)]));
        const broken = `${others}${others ? '&' : ''}${encodeURIComponent(name)}=%E0%A4%A`;
        await probe(`${path} ${name}=broken %-encoding`, 'POST', path, anything, broken, urlencoded);
      }
    }
  });

  test('every state-changing route: malformed bodies are 400s, unknown ids 404s, nothing written', async () => {
    const withFields = new Set([...forms.values()].filter((f) => f.fields.length > 0).map((f) => routeOf(f.action)));
    for (const r of routes().filter((r) => r.method !== 'GET')) {
      const path = templated(fill(r.path, 'real'));
      const reads = withFields.has(r.path);
      await probe(`${r.path} (empty body)`, r.method, path, anything, '', 'application/x-www-form-urlencoded');
      await probe(
        `${r.path} (broken multipart)`,
        r.method,
        path,
        reads ? (s) => s === 400 : anything,
        '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nno end',
        'multipart/form-data; boundary=x',
      );
      // A broken %-encoding in a field a route only uses when it can (the return path) may be ignored.
      await probe(
        `${r.path} (broken %-encoding)`,
        r.method,
        path,
        anything,
        'return=%E0%A4%A&a=%E0%A4%A',
        'application/x-www-form-urlencoded',
      );
      if (r.path.includes(':')) {
        const body = [...forms.values()].find((f) => routeOf(f.action) === r.path);
        const fields = body ? form(body.fields.map(([n, v]) => [n, rendered(v)])) : '';
        // With the body its page sends, an unknown id is a 404; with none, a refusal of the body will do.
        const expect = body ? notFound : refused;
        await probe(
          `${r.path} (unknown id)`,
          r.method,
          fill(r.path, 'unknown'),
          expect,
          fields,
          'application/x-www-form-urlencoded',
        );
        await probe(
          `${r.path} (wrong-shape id)`,
          r.method,
          fill(r.path, 'wrong'),
          refused,
          fields,
          'application/x-www-form-urlencoded',
        );
      }
    }
  });

  test('every query parameter the pages send: bad values are answered without a 500', async () => {
    for (const [path, names] of queries) {
      for (const name of names) {
        for (const value of ['', BIG.slice(0, 8000), ...CONTROLS, ...IMPOSSIBLE_DATES, '%E0%A4%A']) {
          const q = value === '%E0%A4%A' ? `${name}=${value}` : new URLSearchParams([[name, value]]).toString();
          await probe(`${path}?${name}=${value.slice(0, 20)}`, 'GET', `${templated(path)}?${q}`, anything);
        }
      }
    }
  });

  test('nothing failed', (t) => {
    const counts = [...statuses]
      .sort(([a], [b]) => a - b)
      .map(([s, n]) => `${s}: ${n}`)
      .join(', ');
    t.diagnostic(
      `sweep web: ${stats.routes} routes, ${stats.forms} forms (${stats.validForms} valid as filled in, ${stats.fields} fields), ${queries.size} query paths, ${stats.cases} requests (${counts})`,
    );
    if (process.env.SWEEP_TRACE) appendFileSync(process.env.SWEEP_TRACE, `PROBLEMS\n${problems.join('\n')}\n`);
    assert.deepEqual(
      logged.filter((l) => /failed/.test(l)),
      [],
      'the app logged no failure',
    );
    assert.deepEqual(problems, [], `${problems.length} problem(s):\n${problems.slice(0, 40).join('\n')}`);
  });

  /** The route pattern a form's action posts to. */
  function routeOf(action: string): string {
    const path = rendered(action).split('?')[0] as string;
    const match = routes().find(
      (r) =>
        r.method === 'POST' &&
        new RegExp(`^${r.path.replace(/:n\{[^}]+\}/g, '[0-9]+').replace(/:\w+/g, '[^/]+')}$`).test(path),
    );
    return match?.path ?? path;
  }
});

/**
 * A valid value for a field a form renders empty but needs (a new interview's company, a note's text),
 * so that each bad value below is refused for itself, not for the fields left blank.
 */
function sample(name: string, form: Set<string>): string {
  const SAMPLES: Record<string, string> = {
    company: 'Acme Corp',
    role: 'Engineer',
    at: YESTERDAY,
    topic: 'pricing',
    point: 'ask about the Q3 migration',
    text: NOTE,
    host: 'smtp.example.com',
    port: '587',
  };
  if (name.startsWith('note-')) return NOTE;
  if (name === 'from' && form.has('host')) return 'jordan@example.org';
  return SAMPLES[name] ?? '';
}

const htmlText = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

function attrsOf(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:-]+)(?:="([^"]*)")?/g)) out[(m[1] as string).toLowerCase()] = htmlText(m[2] ?? '');
  return out;
}

/** The fields a form submits as rendered: inputs, checked boxes, chosen options, text areas. */
function fieldsOf(inner: string): { fields: [string, string][]; dates: Set<string> } {
  const fields: [string, string][] = [];
  const dates = new Set<string>();
  // A radio or checkbox group with nothing chosen yet (the kind of event, a quiz answer): its first option.
  const firstOfGroup = new Map<string, string>();
  const chosen = new Set<string>();
  for (const m of inner.matchAll(/<input\b([^>]*)>/g)) {
    const a = attrsOf(m[1] as string);
    if (!a.name || a.disabled !== undefined) continue;
    const type = (a.type ?? 'text').toLowerCase();
    if (type === 'submit' || type === 'button' || type === 'file') continue;
    const group = type === 'radio' || type === 'checkbox';
    if (group && !firstOfGroup.has(a.name)) firstOfGroup.set(a.name, a.value ?? 'on');
    if (group && a.checked !== undefined) chosen.add(a.name);
    if ((type === 'checkbox' || type === 'radio') && a.checked === undefined) continue;
    if (
      type === 'date' ||
      type === 'datetime-local' ||
      (/^(at|until|sentAt|from)$/.test(a.name) && type !== 'hidden' && type !== 'email')
    )
      dates.add(a.name);
    fields.push([a.name, a.value ?? (type === 'checkbox' ? 'on' : '')]);
  }
  for (const m of inner.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/g)) {
    const a = attrsOf(m[1] as string);
    if (a.name) fields.push([a.name, htmlText(m[2] as string)]);
  }
  for (const m of inner.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/g)) {
    const a = attrsOf(m[1] as string);
    if (!a.name) continue;
    const options = [...(m[2] as string).matchAll(/<option\b([^>]*)>/g)].map((o) => attrsOf(o[1] as string));
    const chosen = options.find((o) => o.selected !== undefined) ?? options[0];
    fields.push([a.name, chosen?.value ?? '']);
  }
  for (const [name, value] of firstOfGroup) if (!chosen.has(name)) fields.push([name, value]);
  // A named button is a second action (the interview form's "add a row"): the form is sent by its plain one.
  return { fields, dates };
}
