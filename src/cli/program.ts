// The command tree. Commander's own exits are overridden so run.ts decides every exit code.
import { Command } from 'commander';
import { calendar } from './calendar/calendar.js';
import type { CliContext } from './context.js';
import { exportCommand } from './data/export.js';
import { eml } from './delivery/eml.js';
import { letter } from './delivery/letter.js';
import { outbox } from './delivery/outbox.js';
import { send } from './delivery/send.js';
import { settings } from './delivery/settings.js';
import { due } from './follow-ups/due.js';
import { log } from './follow-ups/log.js';
import { plan } from './follow-ups/plan.js';
import { timeframe } from './follow-ups/timeframe.js';
import { touch } from './follow-ups/touch.js';
import { contacts } from './insight/contacts.js';
import { stats } from './insight/stats.js';
import { capture } from './interviews/capture.js';
import { interviewAdd } from './interviews/interview-add.js';
import { interviewDelete } from './interviews/interview-delete.js';
import { interviewEdit } from './interviews/interview-edit.js';
import { interviewList } from './interviews/interview-list.js';
import { interviewShow } from './interviews/interview-show.js';
import { notes } from './interviews/notes.js';
import { sheet } from './interviews/sheet.js';
import { check } from './messages/check.js';
import { draft } from './messages/draft.js';
import { message } from './messages/message.js';
import { outcome } from './outcomes/outcome.js';
import { profile } from './profile/profile.js';
import { quiz } from './quiz/quiz.js';
import { serve } from './serve/serve.js';

const EXAMPLES = `
Examples:
  $ followthrough serve                      # open the web app at http://127.0.0.1:4100/
  $ followthrough interview add --company "Acme Corp" --role "Product Manager" \\
      --at 2026-03-03T10:00 --tz America/New_York \\
      --interviewer "Dana Reyes <dana@acme.example>" --hiring-manager "Sam Lee" \\
      --timeframe "we hope to decide by the end of next week" --contact Dana --permission yes
  $ followthrough interview list
  $ followthrough timeframe "we hope to decide by the end of next week" --from 2026-03-03 --country US
  $ followthrough plan iv_3kq9x7m2ab          # the follow-ups for an interview, each with its reason
  $ followthrough due                         # what to do in the next 7 days, most urgent first
  $ followthrough touch done tc_8f2k1m0q9z
  $ followthrough log reply iv_3kq9x7m2ab --from Dana --note "still deciding"
  $ followthrough notes iv_3kq9x7m2ab --interviewer Dana --topic pricing \\
      --challenge "onboarding churn" --idea "a three-email welcome series"
  $ followthrough check note.txt --interview iv_3kq9x7m2ab --to Dana   # score a thank-you note
  $ followthrough draft thank-you --interview iv_3kq9x7m2ab --to Dana   # draft one from your notes
  $ followthrough quiz                        # the follow-up self-assessment: 12 questions, explained
  $ followthrough export -o followthrough-export.json
  $ followthrough sheet iv_3kq9x7m2ab -o sheet.pdf   # questions to ask, cues, your points: one page
  $ followthrough outcome op_cscewb4hgb rejected --keep-warm Dana
  $ followthrough settings smtp --host smtp.gmail.com --from you@gmail.com --ask-password
  $ followthrough send msg_3kq9x7m2ab --at    # email it in their business hours

Data lives in a SQLite file: --db PATH, else $FOLLOWTHROUGH_DB, else
~/.local/share/followthrough/followthrough.db; DATABASE_URL=postgres://... uses PostgreSQL.
Every --json prints one JSON document on stdout. Exit codes: 0 ok, 1 failure, 2 bad input, 3 not found.
`;

export function buildProgram(ctx: CliContext, version: string): Command {
  const program = new Command('followthrough')
    .description('Follow-Through: record what you learn in interviews, and follow up well.')
    .version(version, '-V, --version')
    .option('--db <path>', 'SQLite file or postgres:// URL to use (see below for the default)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => ctx.io.out(s), writeErr: (s) => ctx.io.err(s) })
    .showHelpAfterError('(add --help for usage)')
    .addHelpText('after', EXAMPLES);

  serve(program, ctx);
  const interview = program.command('interview').description('add, list, show, edit and delete interviews');
  interviewAdd(interview, ctx);
  interviewList(interview, ctx);
  interviewShow(interview, ctx);
  interviewEdit(interview, ctx);
  interviewDelete(interview, ctx);
  notes(program, ctx);
  check(program, ctx);
  draft(program, ctx);
  message(program, ctx);
  timeframe(program, ctx);
  plan(program, ctx);
  due(program, ctx);
  touch(program, ctx);
  log(program, ctx);
  quiz(program, ctx);
  profile(program, ctx);
  exportCommand(program, ctx);
  sheet(program, ctx);
  capture(program, ctx);
  outcome(program, ctx);
  contacts(program, ctx);
  stats(program, ctx);
  send(program, ctx);
  outbox(program, ctx);
  eml(program, ctx);
  settings(program, ctx);
  letter(program, ctx);
  calendar(program, ctx);
  return program;
}
