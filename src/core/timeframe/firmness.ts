// How sure the interviewer sounded. Hedges lower a date to `soft`; words without a date are `vague`.

// "may" counts only as a verb ("we may"), never the month.
const HEDGE =
  /\b(hope|hopes|hoping|hopefully|maybe|perhaps|probably|likely|should|roughly|approximately|approx|ideally|aim|aiming|try|trying|expect|expecting|might|could|estimate|estimated|tentatively|target|targeting|plan to|planning to|or so|give or take|ish)\b|\b(about|around) (a |an |the |\d|next(?! steps?)|mid|early|late|end|this|that)|\b(we|they|i|it|you|that|this|which) may\b|\bmay be\b/;

const VAGUE =
  /\b(soon|shortly|in touch|near future|in due course|due time|when we (know|have|hear|decide)|at some point|as soon as|asap|promptly|quickly|before long|eventually|in a while|be in contact|let you know|get back to you|hear (back )?from (us|me))\b/;

export const isHedged = (normalized: string): boolean => HEDGE.test(normalized);
export const soundsVague = (normalized: string): boolean => VAGUE.test(normalized);
