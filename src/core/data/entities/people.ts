// Words about people: honorifics, titles, pronouns, and the heads of unnamed sources. Written by hand.

/** Honorifics dropped from a name; the value is the gender they tell, when they tell one. */
export const HONORIFICS: Readonly<Record<string, 'm' | 'f' | ''>> = {
  'Mr.': 'm', Mr: 'm', 'Mrs.': 'f', Mrs: 'f', 'Ms.': 'f', Ms: 'f', 'Miss': 'f', 'Dr.': '', Dr: '',
  'Prof.': '', 'Sir': 'm', 'Dame': 'f', 'Lord': 'm', 'Lady': 'f', 'Rev.': '',
};

/** Titles written before a name ("President Vladimir Putin", "Gen. Valery Gerasimov"): kept as a role. */
export const TITLES: readonly string[] = [
  'President', 'Vice President', 'Prime Minister', 'Minister', 'Secretary', 'Chancellor', 'Premier',
  'Sen.', 'Senator', 'Rep.', 'Representative', 'Congressman', 'Congresswoman', 'Gov.', 'Governor', 'Mayor',
  'Gen.', 'General', 'Lt.', 'Lieutenant', 'Col.', 'Colonel', 'Maj.', 'Major', 'Capt.', 'Captain', 'Adm.',
  'Admiral', 'Sgt.', 'Sergeant', 'Marshal', 'Commander', 'Judge', 'Justice', 'Chief', 'Ambassador', 'Speaker',
  'Leader', 'Chairman', 'Chairwoman', 'Director', 'Spokesman', 'Spokeswoman', 'Attorney General', 'King',
  'Queen', 'Prince', 'Princess', 'Pope', 'Sheikh', 'Emir', 'Ayatollah', 'Cardinal', 'Bishop', 'Father',
  'Pastor', 'Rabbi', 'Imam', 'Coach', 'Professor', 'Prof.', 'Dr.', 'Lt. Gen.', 'Maj. Gen.', 'Brig. Gen.',
  'Defense Secretary', 'Defence Secretary', 'Foreign Minister', 'Defense Minister', 'Defence Minister',
  'Secretary of State', 'House Speaker', 'Supreme Leader', 'Candidate', 'Nominee', 'Former', 'Acting',
  'CEO', 'Chief Executive', 'Founder', 'Attorney', 'District Attorney', 'Commissioner', 'Sheriff', 'Superintendent',
  'Administrator', 'Adviser', 'Advisor', 'Envoy', 'Spokesperson', 'Lt', 'Col', 'Gen', 'Sgt', 'Capt', 'Maj', 'Deputy',
  'Chair', 'Councilman', 'Councilwoman', 'Councillor', 'Assemblyman', 'Assemblywoman', 'Inspector General',
  'Committeeman', 'Committeewoman', 'Challenger',
];

/** Lower-case nouns for people by what they do; the head of "a top Russian general", "the spokesman". */
export const PERSON_ROLE_NOUNS: readonly string[] = [
  'general', 'president', 'minister', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'senator',
  'congressman', 'congresswoman', 'governor', 'mayor', 'commander', 'officer', 'soldier', 'colonel',
  'admiral', 'chief', 'head', 'leader', 'chairman', 'chairwoman', 'director', 'ambassador', 'envoy',
  'diplomat', 'adviser', 'advisor', 'aide', 'candidate', 'nominee', 'lawmaker', 'legislator', 'judge',
  'prosecutor', 'lawyer', 'attorney', 'executive', 'ceo', 'founder', 'manager', 'professor', 'economist',
  'analyst', 'expert', 'researcher', 'scientist', 'doctor', 'author', 'writer', 'reporter', 'journalist',
  'editor', 'columnist', 'host', 'anchor', 'strategist', 'pollster', 'consultant', 'activist', 'witness',
  'resident', 'voter', 'woman', 'man', 'businessman', 'businesswoman', 'billionaire', 'premier',
  'chancellor', 'king', 'queen', 'prince', 'pope', 'representative', 'speaker', 'deputy', 'negotiator',
  'investigator', 'official', 'source', 'staffer', 'employee', 'worker', 'student', 'teacher', 'farmer',
  'veteran', 'father', 'mother', 'son', 'daughter', 'wife', 'husband', 'friend', 'neighbor', 'neighbour',
  // People by trade, standing or creed, met as unnamed groups ("Traders", "the physicians", "Salafists").
  'physician', 'nurse', 'surgeon', 'psychologist', 'psychiatrist', 'pharmacist', 'trader', 'investor', 'banker',
  'historian', 'academic', 'scholar', 'engineer', 'programmer', 'player', 'athlete', 'fan', 'owner',
  'parent', 'citizen', 'patient', 'customer', 'consumer', 'shopper', 'driver', 'pilot', 'protester', 'demonstrator',
  'campaigner', 'advocate', 'commentator', 'pundit', 'blogger', 'militant', 'insurgent', 'rebel', 'fighter',
  'separatist', 'extremist', 'islamist', 'salafist', 'jihadist', 'nationalist', 'conservative', 'liberal',
  'progressive', 'libertarian', 'socialist', 'opponent', 'supporter', 'entrepreneur', 'inspector',
  // "Swift's rep", "Backers say …", "New York's chief medical examiner" (saved pages).
  'rep', 'backer', 'examiner', 'coroner', 'publicist', 'agent',
  // "The actress said she was tired of …", "the moderator asked" (PolNeAR train, typed unknown before).
  'actress', 'actor', 'narrator', 'moderator', 'singer', 'comedian', 'rapper', 'musician',
];

/**
 * Nouns for a person that are not looked up as roles of the last person spoken of: "the retired neurosurgeon", "The GOP
 * front-runner", "the RNC member", "a conference organizer". Typed as a person (definite) or an unnamed one (indefinite),
 * and named by a fitting role only; as PERSON_ROLE_NOUNS they sent descriptions to the wrong person (session 13, 14:
 * "the billionaire estate mogul" → Lindsey Graham).
 */
export const DESCRIBED_PERSON_NOUNS: readonly string[] = [
  'front-runner', 'frontrunner', 'mogul', 'tycoon', 'magnate', 'member', 'star', 'speechwriter', 'organizer', 'organiser',
  'neurosurgeon', 'rival', 'brother', 'sister', 'boy', 'girl', 'lady', 'counsel', 'commenter', 'user', 'reader',
  'hopeful', 'heckler', 'graduate', 'documentarian', 'designer', 'delegate', 'confidant', 'colleague', 'co-founder',
  'child', 'boss', 'attendee', 'ally', 'caller', 'incumbent', 'lobbyist', 'partner', 'justice', 'vice-president', 'chair',
];

/**
 * Writings and inquiries a statement may come from that the span stage does not read as documents (DOCUMENT_NOUNS is
 * also the span stage's list): "the editorial", "Axelrod’s memoir", "The subsequent investigation", "the unsigned
 * opinion". Typed unnamed sources, like documents.
 */
export const WRITING_NOUNS: readonly string[] = [
  'editorial', 'editorials', 'article', 'articles', 'story', 'stories', 'book', 'memoir', 'biography', 'piece', 'profile',
  'note', 'readout', 'missive', 'petition', 'headline', 'clip', 'movie', 'film', 'documentary', 'summary', 'investigation',
  'inquiry', 'probe', 'opinion', 'resolution', 'ranking', 'index', 'tracker', 'ruling', 'evidence', 'legislation',
];

/** Documents and posts that speak for someone ("a letter signed by …", "guidance from the Mayo Clinic"). */
export const DOCUMENT_NOUNS: readonly string[] = [
  'report', 'reports', 'statement', 'statements', 'data', 'estimates', 'figures', 'polls', 'poll', 'survey', 'surveys',
  'documents', 'document', 'records', 'study', 'studies', 'letter', 'letters', 'release', 'photo', 'video', 'tweet',
  'tweets', 'post', 'posts', 'obituary', 'answers', 'page', 'memo', 'email', 'emails', 'filing', 'complaint', 'lawsuit',
  'transcript', 'footage', 'guidance', 'guidelines', 'analysis', 'review', 'ad',
  // "the affidavit", "the suit" (PolNeAR train, typed unknown before). Not "the editorial", "the article": an unnamed
  // head is never looked for among the entities, and "the editorial" lost "the newspaper’s editorial" named before.
  'affidavit', 'suit',
];

/** People counted, not named: "both condemned the program", "another said", "None has a reputation for …", "People
 *  briefed on the move said" (PolNeAR train, typed unknown before). Unnamed heads, and at a sentence's start too. */
export const COUNTED_PEOPLE_WORDS: readonly string[] = ['people', 'someone', 'others', 'both', 'another', 'none', 'anyone',
  'everyone', 'nobody', 'those'];

/** Heads of speakers that stay unnamed: reports, sources, officials, "people familiar with …". */
export const UNNAMED_HEADS: readonly string[] = [
  ...DOCUMENT_NOUNS, 'source', 'sources', 'official', 'officials', 'people', 'person', 'aide', 'aides',
  'analyst', 'analysts', 'expert', 'experts', 'critic', 'critics', 'observer', 'observers', 'insider',
  'insiders', 'witness', 'witnesses', 'residents', 'voters', 'diplomats', 'diplomat', 'someone', 'some',
  'others', 'many', 'several', 'research', 'rumors', 'rumours', 'accounts', 'reporting', 'intelligence', 'supporters',
  'opponents', 'protesters', 'lawmakers', 'members', 'allies', 'advisers', 'advisors', 'staffers', 'investigators',
  'prosecutors', 'authorities', 'crowd', 'audience', 'organizers', 'organisers',
  // "Polling of union voters", "an average of recent polls", "the tally" (PolNeAR train).
  'polling', 'average', 'tally',
  // "those surveyed", "those polled" (PolNeAR train, typed unknown before).
  'surveyed', 'polled', 'questioned', 'interviewed', ...COUNTED_PEOPLE_WORDS,
];

/** Pronouns a speaker mention may be, with the kind of antecedent each takes. */
export const PRONOUNS: Readonly<Record<string, 'm' | 'f' | 'plural' | 'thing' | 'relative' | 'self'>> = {
  he: 'm', him: 'm', his: 'm', himself: 'm', she: 'f', her: 'f', hers: 'f', herself: 'f',
  they: 'plural', them: 'plural', their: 'plural', themselves: 'plural', it: 'thing', its: 'thing',
  who: 'relative', which: 'relative', that: 'relative', whom: 'relative', whose: 'relative',
  i: 'self', me: 'self', my: 'self', we: 'self', us: 'self', our: 'self', you: 'self',
};
