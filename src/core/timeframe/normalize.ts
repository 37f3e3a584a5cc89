// Lower-case, straight quotes, single spaces, number words as digits: the rules then match one form.

const NUMBER_WORDS: Record<string, string> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  eleven: '11',
  twelve: '12',
  fourteen: '14',
  fifteen: '15',
  twenty: '20',
  thirty: '30',
};

const ORDINAL_WORDS: Record<string, string> = {
  first: '1st',
  second: '2nd',
  third: '3rd',
  fourth: '4th',
  fifth: '5th',
  tenth: '10th',
  fifteenth: '15th',
  twentieth: '20th',
};

export function normalize(phrase: string): string {
  let s = phrase
    .toLowerCase()
    .replace(/[\u2018\u2019\u2032]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  s = s.replace(
    /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty)\b/g,
    (w) => NUMBER_WORDS[w] ?? w,
  );
  // "the first of March" but not "first round": only ordinals used as days of the month.
  s = s.replace(
    /\bthe (first|second|third|fourth|fifth|tenth|fifteenth|twentieth)\b(?! (round|interview|step|stage))/g,
    (_m, w: string) => `the ${ORDINAL_WORDS[w] ?? w}`,
  );
  // "Friday the 11th" names a date; the weekday only confirms it.
  s = s.replace(
    /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday),? (the )?(\d{1,2})(st|nd|rd|th)\b/g,
    'the $3$4',
  );
  return s;
}
