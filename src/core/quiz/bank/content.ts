// Practice 2: a real thank-you says why you want the job, how you would succeed, offers an idea for
// a challenge they mentioned (perhaps with an article), and goes to each interviewer separately.
import type { QuizQuestion } from '../types.js';

export const CONTENT: QuizQuestion[] = [
  {
    id: 'ct-stands-out',
    area: 'content',
    kind: 'single',
    scenario: 'You are drafting the thank-you after a good interview for a product role.',
    prompt: 'Which note is most likely to stand out?',
    options: [
      {
        id: 'a',
        text: '"Thank you for your time today. I look forward to hearing from you."',
        correct: false,
        explanation: 'Polite, but anyone could send it; it tells them nothing new about you.',
      },
      {
        id: 'b',
        text: 'A long note restating your whole CV, so they have every detail of your experience in one place',
        correct: false,
        explanation:
          'They have your CV. The note should add what the interview revealed, not repeat what they already have.',
      },
      {
        id: 'c',
        text: 'Why you want the job, how you would succeed, and an idea for a challenge they raised',
        correct: true,
        explanation:
          'These are the notes that stand out: they show interest, a plan, and that you listened and are already thinking about their problems.',
      },
      {
        id: 'd',
        text: 'The same well-written note to every member of the panel',
        correct: false,
        explanation: 'Panel members compare notes; identical ones cancel each other out.',
      },
    ],
  },
  {
    id: 'ct-what-belongs',
    area: 'content',
    kind: 'multiple',
    scenario: 'You have your interview notes in front of you and are writing the thank-you.',
    prompt: 'Which of these belong in a strong thank-you? Choose all that apply.',
    options: [
      {
        id: 'a',
        text: 'Why you want this particular job',
        correct: true,
        explanation:
          'Specific interest, tied to what you learned in the interview, is the first thing a good note shows.',
      },
      {
        id: 'b',
        text: 'A reminder that you have other offers, so they should hurry',
        correct: false,
        explanation: 'A thank-you is not the place for leverage; it undoes the goodwill the note is meant to build.',
      },
      {
        id: 'c',
        text: 'How you would succeed in it, tied to what you discussed',
        correct: true,
        explanation: 'Connecting your strengths to their needs helps them picture you in the role.',
      },
      {
        id: 'd',
        text: 'A concrete idea for a challenge the interviewer mentioned',
        correct: true,
        explanation: 'This is what sets a note apart: it shows you listened and can already contribute.',
      },
      {
        id: 'e',
        text: 'Impressive details about the company that you are not quite sure are true',
        correct: false,
        explanation: 'Never state facts you are unsure of; one wrong detail undermines everything else in the note.',
      },
    ],
  },
  {
    id: 'ct-panel',
    area: 'content',
    kind: 'single',
    scenario: 'Three people interviewed you together as a panel.',
    prompt: 'How many thank-you notes should you send?',
    options: [
      {
        id: 'a',
        text: 'One, to the most senior person on the panel, who will pass it on to the others',
        correct: false,
        explanation: 'The others may never see it, and each of them has a say in the decision.',
      },
      {
        id: 'b',
        text: 'One group email addressed to all three',
        correct: false,
        explanation: 'A group email cannot speak to what each person asked or cared about.',
      },
      {
        id: 'c',
        text: 'None: panels do not expect them',
        correct: false,
        explanation: 'Panels expect them as much as anyone, and they notice who did not send one.',
      },
      {
        id: 'd',
        text: 'Three: one each, each about what you discussed with that person',
        correct: true,
        explanation: 'Each interviewer gets their own note. They compare them, so make each one specific.',
      },
    ],
  },
  {
    id: 'ct-challenge-idea',
    area: 'content',
    kind: 'single',
    scenario:
      'The interviewer mentioned that new customers drop off during onboarding. Last month you read an article on how another company fixed a similar problem.',
    prompt: 'What do you do with this in your thank-you?',
    options: [
      {
        id: 'a',
        text: 'Leave it out: suggesting ideas before you are hired is presumptuous and could seem like criticism of their team',
        correct: false,
        explanation:
          'A short, modest idea is welcome; it shows you listened and are already thinking about their problem.',
      },
      {
        id: 'b',
        text: 'Offer a short idea for it and link the article',
        correct: true,
        explanation:
          'This is the strongest kind of thank-you: a concrete idea, with a pointer to how someone else solved it.',
      },
      {
        id: 'c',
        text: 'Attach a detailed five-page plan for fixing their onboarding',
        correct: false,
        explanation:
          'Too much, too soon: you do not know enough yet, and few will read it. A few sentences and a link do more.',
      },
      {
        id: 'd',
        text: 'Ask them to send you their customer data so you can analyse it',
        correct: false,
        explanation: 'They cannot share internal data with a candidate, and asking shows poor judgement.',
      },
    ],
  },
  {
    id: 'ct-accountemps',
    area: 'content',
    kind: 'single',
    scenario:
      'In an Accountemps survey (2017), 80% of HR managers said thank-you notes are helpful when they review candidates.',
    prompt: 'From what share of applicants did those managers say they actually received one?',
    options: [
      {
        id: 'a',
        text: 'About 80%',
        correct: false,
        explanation:
          'That is the share of HR managers who find the notes helpful, not the share of applicants who send one.',
      },
      {
        id: 'b',
        text: 'Nearly all applicants',
        correct: false,
        explanation: 'Far from it; this gap is exactly why a good note stands out.',
      },
      {
        id: 'c',
        text: 'About 68%',
        correct: false,
        explanation:
          'That figure is from another survey: TopResume (2017) found 68% of recruiters and hiring managers say a thank-you affects their decision.',
      },
      {
        id: 'd',
        text: 'About 24%',
        correct: true,
        explanation:
          'Accountemps (2017): notes were received from only 24% of applicants, though 80% of HR managers find them helpful.',
      },
    ],
    sources: ['Accountemps, 2017', 'TopResume, 2017'],
  },
  {
    id: 'ct-careerbuilder-86',
    area: 'content',
    kind: 'single',
    scenario:
      "In CareerBuilder's 2011 survey of over 2,800 US employers, 22% of hiring managers said they are less likely to hire a candidate who sends no thank-you, and 86% of those said it shows a lack of follow-through.",
    prompt: 'What does the 86% describe?',
    options: [
      {
        id: 'a',
        text: '86% of all the hiring managers surveyed',
        correct: false,
        explanation:
          'A common misreading: the 86% is a share of the 22%, so it describes only about one hiring manager in five overall, not 86% of them.',
      },
      {
        id: 'b',
        text: 'The share of the 22% who see no thank-you as a lack of follow-through',
        correct: true,
        explanation:
          'Right: it is a share of those 22%, not of all employers. Still, about one hiring manager in five reads a missing note that way.',
      },
      {
        id: 'c',
        text: 'The share of candidates who send a thank-you note after an interview',
        correct: false,
        explanation:
          'The survey asked employers, not candidates. Accountemps (2017) put notes received at only 24% of applicants.',
      },
      {
        id: 'd',
        text: 'The share of hiring managers who prefer a handwritten card',
        correct: false,
        explanation: 'The same survey found 89% of hiring managers find an emailed thank-you acceptable.',
      },
    ],
    sources: ['CareerBuilder, 2011', 'Accountemps, 2017'],
  },
];
