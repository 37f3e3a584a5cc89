// A small part-of-speech lexicon for telling a clause from a noun phrase. Taggers such as compromise
// or wink-nlp know far more words, but cost milliseconds a note and a large import; the drafts and
// the writing check only need the closed classes, the common verbs of work talk and a few noun lists.

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

export const DETERMINERS = words(`
  a an the this that these those my your our their his her its each every some any no another
  either neither both all several many few much more most less one two three four five six seven
  eight nine ten such what which whose
`);
export const POSSESSIVES = words('my your our their his her its whose');
export const SUBJECT_PRONOUNS = words('i you we they he she it there');
export const OBJECT_PRONOUNS = words('me you us them him her it');
export const MODALS = words("will would can could shall should may might must won't wouldn't can't couldn't shouldn't");
export const AUXILIARIES = words(`
  am is are was were be been being do does did have has had
  isn't aren't wasn't weren't don't doesn't didn't haven't hasn't hadn't
  i'm you're we're they're he's she's it's that's there's i've you've we've they've i'd you'd we'd they'd
  i'll you'll we'll they'll he'll she'll
`);
/** Finite forms only: "be", "been", "being" need another verb before them. */
export const FINITE_AUXILIARIES = words(`
  am is are was were do does did has had isn't aren't wasn't weren't don't doesn't didn't
  haven't hasn't hadn't
`);
export const PREPOSITIONS = words(`
  about of on in at by for with from into onto over under through after before during without within
  across around between against toward towards via per behind beyond off up out down upon regarding
  like than among as
`);
export const CONJUNCTIONS = words(`
  and or but nor so yet because since although though while whereas if unless when whenever where
  once until that which who whom whether
`);
export const WH_WORDS = words('how why what where when whether which who');

// Base forms of verbs common in interview notes. Inflections are derived below.
const VERB_BASES = words(`
  add adopt agree arrive ignore lag crash spike vary differ quit wake sink queue bounce ring clash overlap expire freeze hang leak jam block pile surge stack age aim allow analyse analyze answer apply approve ask assign attract audit automate avoid
  balance become begin believe book break bring build buy calculate call cancel care carry catch change
  charge check choose churn clean clear close coach collect combine come communicate compare complain
  complete connect consider consolidate contact continue control convert coordinate cost count cover create
  cut deal decide define delay deliver depend deploy design detect develop die double drift drive drop
  duplicate earn ease email enable end engage enter escalate estimate evaluate expand expect explain fail
  fall feel fill find finish fit fix flag focus follow forecast forget gather get give go grow guess handle
  happen hate hear help hire hit hold hope hurt identify implement improve include increase integrate
  introduce invest invoice keep know label land launch lead learn leave let lift like limit link listen
  live load lock log look lose love maintain make manage map mark match matter mean measure meet mentor
  merge migrate miss move need notice offer open order organise organize own pack pass pay pick pilot
  place plan play post prefer prepare present prevent price print prioritise prioritize process produce
  promise protect prove provide publish pull push put quote raise reach read rebuild receive recommend
  record recover recruit reduce refund reject release rely remain remember remove renew repeat replace
  reply report request require resolve respond restart retain return rewrite rise risk roll route
  run save say scale schedule score see seem sell send serve set settle share shift ship show shrink sign
  simplify sit skip slip slow solve sort speak spend split staff stall stand start stay step stop store
  streamline struggle submit suggest supply support switch take talk teach tell test think track trade
  train transfer translate treat trust try turn understand unify update upgrade use validate verify
  visit wait walk want watch win work worry write
`);

const IRREGULAR: Record<string, string[]> = {
  become: ['became', 'become'],
  begin: ['began', 'begun'],
  break: ['broke', 'broken'],
  bring: ['brought'],
  build: ['built'],
  buy: ['bought'],
  catch: ['caught'],
  choose: ['chose', 'chosen'],
  come: ['came'],
  cut: ['cut'],
  deal: ['dealt'],
  drive: ['drove', 'driven'],
  fall: ['fell', 'fallen'],
  feel: ['felt'],
  find: ['found'],
  forget: ['forgot', 'forgotten'],
  get: ['got', 'gotten'],
  give: ['gave', 'given'],
  go: ['went', 'gone'],
  grow: ['grew', 'grown'],
  hear: ['heard'],
  hit: ['hit'],
  hold: ['held'],
  hurt: ['hurt'],
  keep: ['kept'],
  know: ['knew', 'known'],
  lead: ['led'],
  learn: ['learnt'],
  leave: ['left'],
  let: ['let'],
  lose: ['lost'],
  make: ['made'],
  mean: ['meant'],
  meet: ['met'],
  pay: ['paid'],
  put: ['put'],
  read: ['read'],
  rebuild: ['rebuilt'],
  rewrite: ['rewrote', 'rewritten'],
  rise: ['rose', 'risen'],
  run: ['ran'],
  say: ['said'],
  see: ['saw', 'seen'],
  sell: ['sold'],
  send: ['sent'],
  set: ['set'],
  show: ['showed', 'shown'],
  shrink: ['shrank', 'shrunk'],
  sit: ['sat'],
  speak: ['spoke', 'spoken'],
  spend: ['spent'],
  split: ['split'],
  stand: ['stood'],
  take: ['took', 'taken'],
  teach: ['taught'],
  tell: ['told'],
  think: ['thought'],
  understand: ['understood'],
  win: ['won'],
  write: ['wrote', 'written'],
};

const VOWEL = /[aeiou]/u;
function regularPast(b: string): string {
  if (b.endsWith('e')) return `${b}d`;
  if (/[^aeiou]y$/u.test(b)) return `${b.slice(0, -1)}ied`;
  // Short verbs ending consonant-vowel-consonant double it: ship -> shipped, plan -> planned.
  if (/^[^aeiou]*[aeiou][bdgklmnprt]$/u.test(b) && b.length <= 4) return `${b}${b.slice(-1)}ed`;
  if (b === 'label') return 'labelled';
  return `${b}ed`;
}
function thirdPerson(b: string): string {
  if (/(?:s|sh|ch|x|z|o)$/u.test(b)) return `${b}es`;
  if (/[^aeiou]y$/u.test(b)) return `${b.slice(0, -1)}ies`;
  return `${b}s`;
}
function ing(b: string): string {
  if (b.endsWith('ie')) return `${b.slice(0, -2)}ying`;
  if (b.endsWith('e') && !b.endsWith('ee') && b !== 'be') return `${b.slice(0, -1)}ing`;
  if (/^[^aeiou]*[aeiou][bdgklmnprt]$/u.test(b) && b.length <= 4) return `${b}${b.slice(-1)}ing`;
  return `${b}ing`;
}

export const VERB_BASE = VERB_BASES;
export const VERB_PAST = new Set<string>();
export const VERB_S = new Set<string>();
export const VERB_ING = new Set<string>();
/** Past forms that are never adjectives before a noun ("led", "ran"), unlike "automated", "shared". */
export const STRONG_PAST = new Set<string>();
for (const b of VERB_BASES) {
  const irregular = IRREGULAR[b];
  if (irregular) {
    for (const f of irregular) VERB_PAST.add(f);
    const simple = irregular[0] as string;
    if (simple !== b && !['cut', 'hit', 'hurt', 'let', 'put', 'read', 'set', 'split'].includes(simple)) {
      STRONG_PAST.add(simple);
    }
  } else if (VOWEL.test(b)) {
    VERB_PAST.add(regularPast(b));
  }
  VERB_S.add(thirdPerson(b));
  VERB_ING.add(ing(b));
}

/** Verbs that take a clause as their object: "I think the team is ...", "you said releases slip". */
export const CLAUSE_VERBS = words(`
  think thought believe believed know knew hope hoped feel felt say said says mentioned mention noticed
  notice realise realised realize realized agree agreed hear heard learn learned learnt see saw find
  found understand understood expect expected sure glad show showed shown explain explained explaining
  told tell telling noted note suggest suggested wish means meant seems seemed guess trust
`);

/**
 * Count nouns that need a determiner when singular ("the release process", not "release process").
 * Nouns missing from this list are left alone: mass nouns ("churn", "onboarding") need none.
 */
export const COUNT_NOUNS = words(`
  redesign process project roadmap dashboard migration launch rollout app page feed pipeline tool system
  model report program programme exercise tour meeting queue backlog platform site website
  feature release checklist tracker calendar handbook scorecard audit sprint board budget contract deadline
  warehouse store clinic ward unit office survey study account client partner vendor question
  problem issue challenge idea event workshop course lesson curriculum menu kitchen route truck fleet
  order invoice interview decision proposal prototype plan initiative campaign team department
  pilot rebuild refactor overhaul upgrade integration api portal template framework review
  spreadsheet database repository repo library module engine flow funnel game map network newsletter
  partnership playbook presentation program role schedule script tracker trial ticket version workflow
  backend frontend dispatcher manager analyst engineer nurse teacher classroom school hospital
  shipment appointment approval refund reminder screen form field column table chart
  metric goal target milestone timeline standup retro retrospective handoff handover shift rota
`);

/** Nouns ending in -s that are singular. */
export const SINGULAR_S = words(`
  process business status bonus campus bus basis analysis series news species lens gas plus bias canvas
  atlas corps address access class glass boss loss success progress focus census virus thesis crisis
  diagnosis emphasis hypothesis ethos chaos axis iris logistics analytics operations economics
  mathematics physics ethics politics statistics thanks kubernetes sales
`);

const NOT_PAST = words(
  'need feed seed speed shed bed red bred hundred shred breed embed proceed exceed succeed indeed',
);
/** A past form: known, or an unknown verb in -ed ("redesigned") — only trust it before a determiner. */
export const looksPast = (w: string): boolean => VERB_PAST.has(w) || (/^[a-z]{3,}ed$/u.test(w) && !NOT_PAST.has(w));
