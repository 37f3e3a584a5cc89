// The panel as given on the command line: --interviewer, --hiring-manager and --recruiter, in order.
import type { AddInterviewInput } from '../../app/index.js';
import { badInput, type FieldProblem } from '../../core/errors.js';
import { parsePerson } from '../../core/person.js';
import type { Recorder } from '../ordered.js';

/** A panel member as the app takes it (before defaults are filled in). */
export type PanelPerson = NonNullable<AddInterviewInput['interviewers']>[number];
export type PanelFlag = 'interviewer' | 'hiring-manager' | 'recruiter';
export const PERSON_EXAMPLE = '"Dana Reyes <dana@acme.example>", "Dana Reyes" or "dana@acme.example"';

/** The people named, or undefined when no panel flag was given. Throws naming every bad value. */
export function panelFrom(panel: Recorder<PanelFlag>): PanelPerson[] | undefined {
  if (panel.seen.length === 0) return undefined;
  const problems: FieldProblem[] = [];
  const people: PanelPerson[] = [];
  for (const { flag, value } of panel.seen) {
    const person = parsePerson(value);
    if (!person) {
      problems.push({
        field: `--${flag}`,
        message: `"${value}" is not a name, an email address, or "Name <email>"`,
        example: PERSON_EXAMPLE,
      });
      continue;
    }
    people.push({ name: person.name, ...(person.email && { email: person.email }), role: flag });
  }
  if (problems.length > 0) throw badInput(problems);
  return people;
}
