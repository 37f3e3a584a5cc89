// The self-assessment's result and history as terminal text. Question text may come from a coach's
// file, so it is cleaned like any user text.
import type { QuizAttemptSummary, QuizResult } from '../../app/index.js';
import type { Hint } from '../../core/hints.js';
import type { AreaHelp } from '../../core/quiz/types.js';
import { commandFor } from '../hints.js';
import { cell, clean, table } from '../output.js';

/** Where to practise as the CLI shows it: the command, and the page on `serve`'s server. */
export interface CliAreaHelp {
  label: string;
  web: string;
  cli: string;
}

type PagePath = (hint: Hint) => string;

/** The result as `quiz --json` prints it: each area's help as a command and a web path. */
export type QuizResultJson = Omit<QuizResult, 'areas' | 'links'> & {
  areas: (Omit<QuizResult['areas'][number], 'help'> & { help: CliAreaHelp })[];
  links: (Omit<QuizResult['links'][number], 'hint'> & CliAreaHelp)[];
};

const helpFor = (h: AreaHelp, pagePath: PagePath): CliAreaHelp => ({
  label: h.label,
  web: pagePath(h.hint),
  cli: commandFor(h.hint),
});

export function resultJson(r: QuizResult, pagePath: PagePath): QuizResultJson {
  return {
    ...r,
    areas: r.areas.map(({ help, ...a }) => ({ ...a, help: helpFor(help, pagePath) })),
    links: r.links.map(({ hint, ...l }) => ({ ...l, ...helpFor({ label: l.label, hint }, pagePath) })),
  };
}

const points = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0$/, ''));

export function resultText(r: QuizResult, pagePath: PagePath): string {
  const lines: string[] = [];
  lines.push(
    `Score: ${r.score.percent}% (${r.score.correct} of ${r.score.outOf} questions fully right; ${points(r.score.points)} of ${r.score.outOf} points)`,
  );
  lines.push(r.comparison.text, '');
  lines.push('By area:');
  const rows = r.areas.map((a) => [cell(a.title, 60), `${points(a.points)}/${a.questions}`, `${a.percent}%`]);
  lines.push(
    table(['Area', 'Points', 'Score'], rows)
      .trimEnd()
      .split('\n')
      .map((l) => `  ${l}`)
      .join('\n'),
  );
  if (r.links.length > 0) {
    lines.push('', 'Where to practise what you missed:');
    for (const l of r.links)
      lines.push(`  - ${l.title}: ${l.label}.`, `    $ ${commandFor(l.hint)}    (web: ${pagePath(l.hint)})`);
  }
  const missed = r.questions.filter((q) => !q.correct);
  if (missed.length > 0) {
    lines.push('', 'What to learn from the questions you missed:');
    for (const q of missed) {
      lines.push('', `  [${q.id}] ${clean(q.scenario)} ${clean(q.prompt)}`);
      if (!q.answered) lines.push('    You did not answer.');
      for (const o of q.options.filter((x) => x.selected || x.correct)) {
        const mark = o.correct ? (o.selected ? 'right, chosen' : 'right, not chosen') : 'wrong, chosen';
        lines.push(`    ${o.id}. ${clean(o.text)} (${mark})`, `       ${clean(o.explanation)}`);
      }
      if (q.sources.length > 0) lines.push(`    Sources: ${q.sources.map(clean).join('; ')}`);
    }
  }
  lines.push('', `Saved as attempt ${r.attemptId} (seed ${r.seed}). See your progress: followthrough quiz history`);
  return `${lines.join('\n')}\n`;
}

export function historyText(attempts: QuizAttemptSummary[]): string {
  if (attempts.length === 0) return 'No self-assessments taken yet. Take one: followthrough quiz\n';
  const rows = attempts.map((a, i) => {
    const prev = attempts[i - 1];
    const change = prev ? `${a.score - prev.score >= 0 ? '+' : ''}${a.score - prev.score}` : '';
    return [
      a.takenAt.slice(0, 16).replace('T', ' '),
      `${a.score}%`,
      change,
      `${a.correct}/${a.total}`,
      String(a.seed),
      a.attemptId,
    ];
  });
  return table(['Taken (UTC)', 'Score', 'Change', 'Right', 'Seed', 'Attempt'], rows);
}
