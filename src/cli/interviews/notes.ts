import type { Command } from 'commander';
import { formatPerson } from '../../core/person.js';
import type { CliContext } from '../context.js';
import { recorder } from '../ordered.js';
import { clean, printJson } from '../output.js';
import { pairChallenges } from './challenges.js';

interface NotesFlags {
  interviewer?: string;
  topic?: string[];
  article?: string;
  weakAnswer?: string;
  replace?: boolean;
  json?: boolean;
}

export function notes(program: Command, ctx: CliContext): void {
  const order = recorder<'challenge' | 'idea'>();
  program
    .command('notes')
    .description('record what you discussed with one interviewer (adds to earlier notes unless --replace)')
    .argument('<interview-id>', 'interview id, as shown by `interview list`')
    .option('--interviewer <person>', "who: a panel member's name, first name or email")
    .option('--topic <text>', 'a topic you discussed; repeatable', (v: string, prev: string[] = []) => [...prev, v])
    .option('--challenge <text>', 'a challenge they mentioned; repeatable', order.collect('challenge'))
    .option('--idea <text>', 'your idea for the --challenge just before it', order.collect('idea'))
    .option('--article <url>', 'an article showing how someone solved it (http or https)')
    .option('--weak-answer <text>', 'an answer that fell flat, to clarify in your thank-you')
    .option('--replace', "replace this interviewer's notes instead of adding to them")
    .option('--json', 'print the interview as JSON')
    .addHelpText(
      'after',
      '\nExample:\n  followthrough notes iv_3kq9x7m2ab --interviewer Dana --topic "pricing" \\\n    --challenge "onboarding churn" --idea "a three-email welcome series"\n',
    )
    .action(async (id: string, flags: NotesFlags) => {
      const challenges = pairChallenges(order.seen);
      const record = await (await ctx.api()).interviews.recordNotes(id, {
        interviewer: flags.interviewer ?? '',
        topics: flags.topic ?? [],
        challenges,
        ...(flags.article !== undefined && { article: flags.article }),
        ...(flags.weakAnswer !== undefined && { weakAnswer: flags.weakAnswer }),
        replace: flags.replace ?? false,
      });
      if (flags.json) return printJson(ctx.io, record);
      const who = (c: string) => record.participants.find((p) => p.contact.id === c)?.contact;
      for (const n of record.notes) {
        const person = who(n.contactId);
        const ideas = n.challenges.filter((c) => c.idea).length;
        ctx.io.out(
          `Notes with ${clean(person ? formatPerson(person) : n.contactId)}: ${n.topics.length} topic(s), ${n.challenges.length} challenge(s), ${ideas} with your idea.\n`,
        );
      }
    });
}
