// One hint, both front ends: the CLI renders it as the exact command, the web as a link to the page
// that does it (and that page answers). Also: a calendar event links to its touch's page from both,
// and no string in src/app or src/core names a CLI command.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import ts from 'typescript';
import type { CliIo } from '../src/cli/context.js';
import { commandFor, withHint } from '../src/cli/hints.js';
import { runCli } from '../src/cli/run.js';
import { AppError } from '../src/core/errors.js';
import { HINT_ACTIONS, type Hint } from '../src/core/hints.js';
import { AREAS } from '../src/core/quiz/areas.js';
import { errorHandler } from '../src/web/errors.js';
import { labelFor, pathFor } from '../src/web/hints.js';
import { HintLink } from '../src/web/ui/hint-link.js';
import { startWebApp, type WebTestApp } from './helpers/web-app.js';

const ORIGIN = 'http://127.0.0.1:4100';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

describe('one hint, two renderings', () => {
  let w: WebTestApp;
  let interviewId: string;
  before(async () => {
    w = await startWebApp();
    const iv = await w.opened.api.interviews.add({
      company: 'Acme',
      role: 'PM',
      at: '2026-03-03T10:00',
      tz: 'America/New_York',
      interviewers: [{ name: 'Dana Reyes', email: 'dana@acme.example' }],
      contact: 'Dana',
      timeframe: 'we hope to decide by the end of next week',
    });
    interviewId = iv.id;
  });
  after(async () => w.close());

  test('adding an interviewer: the CLI prints the command, the web links to the edit form', async () => {
    const hint: Hint = { action: 'interview.edit', id: interviewId, field: 'interviewer' };
    assert.equal(commandFor(hint), `followthrough interview edit ${interviewId} --interviewer "Name <email>"`);
    const html = String(HintLink({ hint }));
    assert.equal(html, `<a href="/interviews/${interviewId}/edit">Edit the interview</a>`);
    const page = await w.app.request(`${ORIGIN}${pathFor(hint)}`);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /Dana Reyes/);
  });

  test("an error's hint: a command on stderr, a link on the error page", async () => {
    const error = new AppError('conflict', 'This attempt was finished elsewhere.', [], { action: 'quiz.history' });
    let err = '';
    const io: CliIo = {
      out: () => {},
      err: (s) => {
        err += s;
      },
      interactive: false,
    };
    const code = await runCli(['due'], {
      io,
      version: 'test',
      openApp: async () => {
        throw error;
      },
      startServer: async () => {
        throw new Error('not expected');
      },
      waitForStop: async () => 'SIGTERM',
      pagePath: pathFor,
    });
    assert.equal(code, 1);
    assert.equal(err, 'error: This attempt was finished elsewhere. See `followthrough quiz history`.\n');
    assert.equal(withHint(error.message, error.hint, error.code), err.slice('error: '.length, -1));

    const web = new Hono();
    web.onError(errorHandler(() => {}));
    web.get('/fails', () => {
      throw error;
    });
    const res = await web.request(`${ORIGIN}/fails`);
    assert.equal(res.status, 409);
    const html = await res.text();
    assert.ok(html.includes('This attempt was finished elsewhere.'));
    assert.ok(html.includes('<a href="/quiz/progress">See your self-assessments</a>'), html);
    assert.ok(!html.includes('followthrough '), 'no CLI command on a web page');
  });

  test("every action's page answers, and the quiz areas keep their pages", async () => {
    for (const action of HINT_ACTIONS) {
      const hint: Hint = { action };
      assert.ok(labelFor(hint).length > 0, action);
      const res = await w.app.request(`${ORIGIN}${pathFor(hint)}`);
      assert.equal(res.status, 200, `${action}: ${pathFor(hint)}`);
    }
    assert.deepEqual(
      Object.values(AREAS).map((a) => pathFor(a.help.hint)),
      ['/interviews/new', '/', '/check', '/interviews/new', '/', '/', '/'],
    );
    assert.equal(pathFor({ action: 'interview.edit', id: interviewId }), `/interviews/${interviewId}/edit`);
    assert.equal((await w.app.request(`${ORIGIN}/interviews/${interviewId}/edit`)).status, 200);
  });

  test("a calendar event links to its touch's page: the web's origin, the CLI's serve address", async () => {
    const plan = await w.opened.api.followUps.plan(interviewId);
    const touch = plan.touches.find((t) => t.kind === 'check-in-1');
    assert.ok(touch);
    const page = `/interviews/${interviewId}#touch-${touch.id}`;
    const web = await (await w.app.request(`${ORIGIN}/calendar.ics`)).text();
    const unfolded = (ics: string) => ics.replace(/\r\n[ \t]/g, '');
    assert.ok(
      unfolded(web).includes(`URL;VALUE=URI:${ORIGIN}${page}`) || unfolded(web).includes(`URL:${ORIGIN}${page}`),
    );
    assert.ok(unfolded(web).includes(`mark it on its page: ${ORIGIN}${page}`));
    assert.ok(!web.includes('followthrough touch'), 'no CLI command in the calendar');

    let out = '';
    const io: CliIo = {
      out: (s) => {
        out += s;
      },
      err: () => {},
      interactive: false,
    };
    const deps = {
      io,
      version: 'test',
      openApp: async () => ({ api: w.opened.api, close: async () => {} }),
      startServer: async () => {
        throw new Error('not expected');
      },
      waitForStop: async () => 'SIGTERM',
      pagePath: pathFor,
    };
    assert.equal(await runCli(['calendar', '-o', '-'], deps), 0);
    assert.ok(unfolded(out).includes(`mark it on its page: http://127.0.0.1:4100${page}`));
    out = '';
    assert.equal(await runCli(['calendar', '-o', '-', '--base-url', 'https://ft.example.org/'], deps), 0);
    assert.ok(unfolded(out).includes(`mark it on its page: https://ft.example.org${page}`));
  });
});

/** Every string literal and template text in a file, comments left out. */
function stringsOf(file: string, text: string): { text: string; line: number }[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: { text: string; line: number }[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isStringLiteralLike(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isJsxText(node)
    )
      out.push({ text: node.text, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(path, out);
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

export function cliCommandsIn(file: string, text: string): string[] {
  return stringsOf(file, text)
    .filter((s) => s.text.includes('followthrough '))
    .map((s) => `${file}:${s.line}: ${s.text.slice(0, 80)}`);
}

describe('app and core name no CLI command', () => {
  test('the scanner finds a command in a string and a template, not in a comment', () => {
    const text =
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text the scanner reads
      "// run followthrough due\nconst a = 'see followthrough due';\nconst b = `x ${1} followthrough plan ${2}`;\n";
    assert.deepEqual(cliCommandsIn('x.ts', text), ['x.ts:2: see followthrough due', 'x.ts:3:  followthrough plan ']);
  });

  test('no string in src/app or src/core contains "followthrough "', () => {
    const found = ['src/app', 'src/core'].flatMap((dir) =>
      sourceFiles(join(root, dir)).flatMap((f) => cliCommandsIn(relative(root, f), readFileSync(f, 'utf8'))),
    );
    assert.deepEqual(found, [], 'render a structured hint instead (src/core/hints.ts)');
  });
});
