// Word lists the rules share. GENERIC holds the words every thank-you note uses whatever the
// interview was ("opportunity", "team", "excited", "skills"): a sentence made only of these says
// nothing only this candidate could say. The rules count the other words ("substantive").

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

const FUNCTION_WORDS = words(`
  a an the and or but nor so yet if then than that this these those there here where when while
  what which who whom whose why how i me my mine myself you your yours yourself we us our ours
  he him his she her hers it its they them their theirs one ones is am are was were be been being
  do does did done doing have has had having will would shall should can could may might must
  i'm i've i'd i'll you're you've you'd you'll we're we've we'd it's that's there's let's don't
  didn't doesn't isn't aren't wasn't weren't can't couldn't won't wouldn't shouldn't haven't hasn't
  to of in on at by for with from into onto about above below over under up down out off again
  further once all any both each few more most other some such no not only own same too very just
  also even still really truly much many lot lots well quite rather every everything anything
  something nothing thing things as because since though although after before until during
  without within through across around per via upon like unlike among whether either neither
  behind beyond between against along toward towards near inside outside
  ever never always often already soon now today tonight yesterday tomorrow week weeks day days
  year years month months
  monday tuesday wednesday thursday friday saturday sunday morning afternoon evening
  get got gets getting go going went come came make made making take took taken taking give gave
  given giving keep kept put let see seen look looking looked say said tell told know knew known
  think thought feel felt want wanted wants hope hoped wish find found seem seemed mr mrs ms mx dr
  yes okay ok oh wow hi hello hey dear regards sincerely best cheers thanks thank warm warmly kind
  yours truly faithfully respectfully gratefully
`);

const GENERIC_WORDS = words(`
  opportunity opportunities role roles position positions job jobs company companies organization
  organisation firm business team teams staff everyone people person candidate candidates
  interview interviews interviewing interviewed conversation conversations discussion discussions
  meeting meet met chat talk talking talked speaking spoke speak discussing discussed
  time chance consideration consider considering process step steps next forward hearing hear heard
  great good amazing wonderful incredible fantastic awesome excellent terrific fabulous lovely nice
  fun pleasure pleased enjoyed enjoy enjoying love loved loving like liked excited exciting
  excitement thrilled happy glad grateful appreciate appreciated appreciative honored honoured
  enthusiastic eager keen interested interest inspiring inspired impressed impressive incredible
  dream true truly sincerely deeply greatly highly absolutely definitely certainly confident
  believe belief sure strongly
  learn learning learned learnt grow growing growth develop developing development mindset
  work working worked join joining part contribute contributing contribution success successful
  succeed help helping helped support value valuable asset addition add fit ideal perfect strong
  skills skill skillset experience experiences background qualifications qualified expertise
  abilities ability talent talents talented strengths strength
  hard hardworking hard-working worker workers player team-player dedicated dedication motivated
  passion passionate driven detail details detail-oriented oriented organized organised
  reliable responsible creative creativity fresh curious curiosity energy energetic enthusiasm
  fast-paced paced fast quick learner problem problems solver solving solve challenge challenges
  challenging idea ideas article articles culture values mission vision environment industry field
  company's team's organization's visionary fantastic leading leader leadership successful
  contact information additional questions question need needs needed anything hesitate
  welcome possibility possible further continued continue ongoing everything whatever whenever
  responsibilities duties position's role's candidate's opportunity's
  reach touch follow following followed wanted wanting bring bringing brought provide providing
  ready able happy hope hoping wait waiting can't stop day one first start starting
  facing face faced remind reminded reminds matter matters important importance
  addition great-fit caring compassionate friendly personality thrive thriving pressure
  deadlines accuracy ethic meaningful earliest convenience require required
  school hospital clinic practice unit department office store
  project projects goal goals initiative initiatives objective objectives priority priorities plans
  current upcoming recent exciting various aspects aspect insight insights information day-to-day
  organization's organisation's responsibilities expectations requirements company-wide
  accomplishments achievements collaborative innovative dynamic forward-thinking
  career careers professional professionally personally potential impact difference world lives life
`);

/** Words that carry no information about this particular interview or candidate. */
export function isFiller(lower: string): boolean {
  return FUNCTION_WORDS.has(lower) || GENERIC_WORDS.has(lower);
}

/** A word that says something specific: not filler, at least three letters or containing a digit. */
export function isSubstantive(lower: string): boolean {
  if (/\p{N}/u.test(lower)) return true;
  return lower.length >= 3 && !isFiller(lower);
}

/** Words many organisation names share ("Northwind Health", "Lumen Elementary"): not distinctive. */
export const ORG_WORDS = words(`
  the of and inc llc ltd plc corp corporation company co group labs lab studio studios systems
  solutions technologies technology tech partners bank credit union health healthcare hospital
  clinic university college school elementary high middle academy foods services consulting
  agency games analytics logistics global international digital media software network networks
  capital financial insurance veterinary medical center centre
`);

/** Titles and salutations that are not part of a person's name. */
export const HONORIFICS = words(`
  mr mrs ms miss mx dr doctor prof professor principal nurse manager chef coach sir madam
  rev reverend captain officer director
`);

/** Greetings that address nobody in particular. */
export const GROUP_ADDRESSES = words(`
  team all everyone hiring manager committee panel folks colleagues recruiter recruiting
  whom it may concern sir madam there friends
`);

/**
 * Job-search words (and common tools) that English dictionaries lack; never spelling errors.
 * Lower case; checked after lower-casing the word.
 */
export const JOB_SEARCH_WORDS = words(`
  linkedin résumé résumés resume resumes cv cvs onboarding offboarding onboard onboarded upskilling
  reskilling upskill cross-functional stakeholder stakeholders kpi kpis okr okrs roadmap roadmaps
  recruiter recruiters hiring onsite on-site offsite standup standups stand-up walkthrough
  walk-through takeaway takeaways runbook runbooks rota rotas headcount workflow workflows
  dashboard dashboards frontend front-end backend back-end fullstack full-stack devops on-call
  dbt sql saas b2b b2c crm erp api apis sdk ux ui qa seo figma github gitlab jira slack zoom
  salesforce hubspot storybook webgl javascript typescript kubernetes docker postgres excel
  med-surg ehr emr hipaa gdpr ecommerce e-commerce fintech edtech healthtech startup startups
  cross-dock cross-trained cross-training time-to-value self-serve follow-up follow-ups
  xoxo lol gonna wanna
  repo repos lifecycle dialog dialogs email emails website websites app apps login logins signup
  sign-up offline online inbox blog blogs podcast podcasts wifi smartphone smartphones analytics
`);
