/** Heads of titles and job names: "Defense Minister", "head coach", "chief executive". Lower case. */
export const ROLE_HEADS = new Set(
  `minister president premier chancellor secretary mayor governor senator congressman congresswoman councillor councilor
  chairman chairwoman chair chairperson ceo cfo coo cto executive director manager coach captain professor spokesman spokeswoman
  spokesperson editor editor-in-chief founder co-founder head leader ambassador envoy commissioner judge justice general admiral colonel
  commander king queen prince princess pope bishop archbishop rabbi imam cleric chief officer analyst journalist activist dissident
  researcher fellow scientist economist lawyer attorney prosecutor doctor surgeon physician nurse teacher principal superintendent
  inspector sergeant detective constable sheriff deputy treasurer clerk author writer reporter correspondent columnist expert official
  striker midfielder defender goalkeeper winger forward referee manager owner player emir sultan ayatollah representative mp
  diplomat spokesperson negotiator adviser advisor consultant strategist campaigner organiser organizer planner engineer architect
  epidemiologist virologist biologist chemist physicist astronomer historian curator chef founder president-elect vice-president
  bowler batsman batter opener spinner wicketkeeper pitcher quarterback jockey sprinter swimmer boxer cyclist champion trainer`
    .split(/\s+/)
    .filter(Boolean),
);

/** Courtesy titles that only come before a person's name. */
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'rev', 'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'rev.']);

/** Verbs that attribute speech: "X said", "said X", "X tells". Lower case, as written. */
export const REPORTING_VERBS = new Set(
  `said says say told tells tell added adds noted notes stated states explained explains proclaimed proclaims concurred concurs agreed
  agrees believes believed argued argues warned warns wrote writes claimed claims insisted insists acknowledged acknowledges announced
  announces confirmed confirms admitted admits recalled recalls continued continues remarked remarks observed observes declared declares
  suggested suggests asserted asserts emphasised emphasized emphasises emphasizes stressed stresses replied replies commented comments
  pointed points highlighted highlights predicted predicts urged urges cautioned cautions conceded concedes answered answers described describes
  show shows showed reveal reveals revealed indicate indicates indicated suggest`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that make a capitalised name an organisation. Lower case. */
export const ORGANISATION_WORDS = new Set(
  `ministry institute university college school academy center centre agency council corps company corporation inc ltd plc llc group bank
  party committee commission department court union association society foundation organization organisation federation league club fc
  service services office army navy force forces police authority board trust fund times news post journal media network press tribune
  gazette herald guardian telegraph hospital clinic museum parliament congress senate assembly cabinet government administration bureau
  alliance coalition movement front brigade regiment guard guards airline airlines airways motors industries holdings partners capital
  laboratory laboratories lab labs institution observatory program programme project initiative embassy consulate command council`
    .split(/\s+/)
    .filter(Boolean),
);

/** Pronouns that cannot open a stand-alone question or blank. */
export const LEADING_PRONOUNS = new Set(
  'he she it they we i you his her its their our my your this that these those such there here both either neither one another'.split(' '),
);

/** Discourse links at a sentence start that a stand-alone question drops. */
export const DISCOURSE_MARKERS =
  /^(and|but|so|yet|also|indeed|however|furthermore|moreover|nevertheless|nonetheless|meanwhile|still|instead|in addition|in fact|after all|of course|even so|as a result|in turn|at the same time|above all|for (?:his|her|its|their) part)\s*,?\s+/i;

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
