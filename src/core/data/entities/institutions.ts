// Government bodies, news outlets and the words that mark an organization. Written by hand.

/** Bodies that speak for a government ("the Kremlin said", "the White House said"). */
export const GOVERNMENT_BODIES: readonly string[] = [
  'Kremlin', 'White House', 'Pentagon', 'State Department', 'Department of State', 'Congress', 'Senate',
  'House', 'House of Representatives', 'Parliament', 'Downing Street', 'Elysee', 'Élysée', 'Knesset', 'Duma',
  'State Duma', 'Bundestag', 'Rada', 'Verkhovna Rada', 'Foreign Office', 'Home Office', 'Justice Department',
  'Department of Justice', 'Treasury', 'FBI', 'CIA', 'NSA', 'DHS', 'Homeland Security', 'Supreme Court',
  'General Staff', 'Defense Ministry', 'Defence Ministry', 'Foreign Ministry', 'Ministry of Defence',
  'Ministry of Defense', 'Ministry of Foreign Affairs', 'Obama administration', 'Trump administration',
  'Biden administration', 'Kremlin spokesman', 'NATO', 'United Nations', 'UN', 'U.N.', 'IAEA', 'EPA',
];

/** Organizations, movements and companies the news names by a bare name no word of which says what it is. */
export const ORGANIZATION_NAMES: readonly string[] = [
  // Pollsters, quoted for what their polls found.
  'Gallup', 'Quinnipiac', 'Rasmussen', 'YouGov', 'Ipsos', 'Pew',
  'Taliban', 'Hamas', 'Hezbollah', 'Islamic State', 'ISIS', 'ISIL', 'al-Qaeda', 'Al-Qaeda', 'al Qaeda', 'Al Qaeda',
  'Houthis', 'Muslim Brotherhood', 'Red Cross', 'Red Crescent', 'Greenpeace', 'Amnesty', 'Human Rights Watch',
  'Google', 'Apple', 'Amazon', 'Microsoft', 'Meta', 'Uber', 'Lyft', 'Tesla', 'SpaceX', 'Sony', 'Samsung', 'Netflix',
  'Disney', 'Walmart', 'Boeing', 'Airbus', 'Toyota', 'Volkswagen', 'Exxon', 'ExxonMobil', 'Chevron', 'Shell', 'Pfizer',
  'Moderna', 'Huawei', 'Alibaba', 'Tencent', 'TikTok', 'ByteDance', 'Nvidia', 'Intel', 'IBM', 'Oracle', 'OpenAI',
  'Goldman Sachs', 'JPMorgan', 'JPMorgan Chase', 'Morgan Stanley', 'Citigroup', 'Wells Fargo', 'Starbucks', 'Nike',
  'General Motors', 'Wikipedia', 'YouTube', 'Instagram', 'WhatsApp', 'Spotify', 'PG&E', 'Gannett', 'McClatchy',
];

/** Lower-case heads that make a description a government ("the defence ministry", "the government"). */
export const GOVERNMENT_HEADS: readonly string[] = [
  'government', 'ministry', 'administration', 'military', 'army', 'navy', 'authorities', 'parliament',
  'cabinet', 'kremlin', 'presidency', 'embassy', 'department', 'regime', 'police', 'prosecutors', 'court',
  'forces', 'command', 'staff', 'agency', 'legislature', 'council', 'senate', 'congress', 'statehouse', 'prosecution',
];

/** News outlets and agencies: they report words, they are rarely the speaker of them. */
export const MEDIA_OUTLETS: readonly string[] = [
  'Reuters', 'AP', 'Associated Press', 'AFP', 'Agence France-Presse', 'Agence France Presse', 'CNN', 'BBC',
  'Fox News', 'Fox', 'NBC', 'NBC News', 'ABC', 'ABC News', 'CBS', 'CBS News', 'MSNBC', 'NPR', 'PBS', 'Bloomberg',
  'Politico', 'Axios', 'Breitbart', 'Breitbart News', 'The Hill', 'Hill', 'Vox', 'BuzzFeed', 'HuffPost',
  'Huffington Post', 'Daily Beast', 'Slate', 'Salon', 'Time', 'Newsweek', 'The Atlantic', 'Atlantic',
  'New York Times', 'Times', 'Washington Post', 'Post', 'Wall Street Journal', 'Journal', 'USA Today',
  'Los Angeles Times', 'New York Post', 'Chicago Tribune', 'Boston Globe', 'Guardian', 'Telegraph',
  'Financial Times', 'Economist', 'Independent', 'Daily Mail', 'Mirror', 'Sun', 'TASS', 'RIA Novosti', 'RIA',
  'Interfax', 'Xinhua', 'Al Jazeera', 'Ukrinform', 'Kyiv Independent', 'Yonhap', 'KCNA', 'Sputnik', 'RT',
  'Live Mint', 'Mint', 'MENAFN', 'Kyodo', 'DPA', 'ANSA', 'EFE', 'Le Monde', 'Der Spiegel', 'Spiegel',
  'Haaretz', 'Times of Israel', 'Axios', 'Daily Caller', 'National Review', 'Mother Jones', 'The Intercept',
  'ProPublica', 'Univision', 'Telemundo', 'C-SPAN', 'Twitter', 'Facebook', 'Wikinews',
  // Fact-checkers, which news quotes for their rulings ("PolitiFact rated the claim False").
  'PolitiFact', 'Politifact', 'FactCheck.org', 'Snopes', 'Snopes.com', 'POLITICO', 'Forbes',
  // The second word of a paper named for its city ("Hollywood Reporter", "Miami Herald", "Houston Chronicle").
  'Reporter', 'Herald', 'Tribune', 'Gazette', 'Chronicle', 'Inquirer', 'Courier', 'Dispatch',
];

/** Lower-case heads of a description that names a news medium ("state media", "the newspaper"). */
/** People a group gathers, before "for" or "against" in its name ("Americans for Prosperity", "Doctors for Camp Closure",
 *  "Veterans for America", "Democrats for Life"); not roles held for someone ("Attorneys for Clinton", "Strategists for
 *  Barack Obama"), which describe. */
export const GATHERED_PEOPLE: readonly string[] = [
  'Americans', 'Citizens', 'Veterans', 'Democrats', 'Republicans', 'Conservatives', 'Doctors', 'Physicians', 'Nurses',
  'Priests', 'Patriots', 'Bikers', 'Teamsters', 'Moms', 'Mothers', 'Parents', 'Women', 'Students', 'Christians',
  'Evangelicals', 'Catholics', 'Muslims', 'Jews', 'Latinos', 'Scientists', 'Families', 'Taxpayers', 'Voters',
];

/** Last words of a newspaper's or a news site's name ("Yahoo News", "Las Vegas Sun", "Washington Free Beacon", "Philippine
 *  Star", "Burlington Free Press"): the outlets the list above does not name are still outlets. */
export const NAMEPLATE_WORDS: readonly string[] = [
  'News', 'Times', 'Post', 'Journal', 'Herald', 'Tribune', 'Gazette', 'Press', 'Star', 'Sun', 'Globe', 'Beacon',
  'Examiner', 'Observer', 'Chronicle', 'Dispatch', 'Inquirer', 'Courier', 'Register', 'Bee', 'Telegraph', 'Mail',
  'Daily', 'Monitor',
];

export const MEDIA_HEADS: readonly string[] = [
  'media', 'newspaper', 'paper', 'outlet', 'agency', 'broadcaster', 'television', 'tv', 'radio', 'daily',
  'tabloid', 'magazine', 'network', 'channel', 'website', 'wire',
];

/** Lower-case heads that make a description an organization ("the campaign", "Trump's team"). */
export const ORGANIZATION_HEADS: readonly string[] = [
  'campaign', 'team', 'company', 'firm', 'group', 'party', 'committee', 'organization', 'organisation',
  'commission', 'board', 'foundation', 'union', 'association', 'institute', 'center', 'centre', 'university',
  'coalition', 'alliance', 'club', 'bank', 'corporation', 'charity', 'church', 'league', 'office', 'pac',
  'caucus', 'lobby', 'manufacturer', 'retailer', 'airline', 'developer', 'operator',
  'utility', 'insurer', 'lender', 'automaker', 'carmaker', 'startup', 'label', 'studio', 'publisher', 'network',
  'chain', 'provider', 'supplier', 'maker', 'producer', 'platform', 'school', 'college', 'hospital', 'clinic',
  // "the Ngātiwai tribe" (a saved Guardian page).
  'tribe', 'clan',
];

/**
 * Last words of a capitalized name that make it a thing, not a person: laws, prizes, events, shows, wars, works and
 * buildings ("Affordable Care Act", "Boxer Indemnity Scholarship", "Epic Rap Battles", "Foreign Affairs", "Ross Ice
 * Shelf"). Such a name was typed a person for want of another type, and took the "he" of the person it sat next to.
 * None is a common surname (not "Day", "Law", "Song", "Ball", "Deal", "Camp", "Case": "Chad Day", "Nathan Deal").
 */
export const THING_NAME_WORDS: readonly string[] = [
  'Act', 'Acts', 'Amendment', 'Constitution', 'Treaty', 'Pact', 'Agreement', 'Accord', 'Accords', 'Declaration',
  'Manifesto', 'Doctrine', 'Plan', 'Policy', 'Award', 'Awards', 'Prize', 'Prizes', 'Medal', 'Trophy', 'Scholarship',
  'Fellowship', 'Championship', 'Championships', 'Cup', 'Bowl', 'Olympics', 'Games', 'Tour', 'Marathon', 'Festival',
  'Convention', 'Conference', 'Summit', 'Poll', 'Survey', 'Show', 'Series', 'Podcast', 'Debate', 'Debates', 'Primary',
  'Caucuses', 'Rally', 'Contest', 'Movement', 'Revolution', 'War', 'Wars', 'Battle', 'Battles', 'Empire', 'Affairs',
  'Shelf', 'Hotel', 'Building', 'Turnpike', 'Highway', 'Room', 'Mosque', 'Speech', 'Syndrome', 'Scandal', 'Night',
  'System',
];

/** Last words of a capitalized name that make it an organization rather than a person. */
export const ORGANIZATION_WORDS: readonly string[] = [
  'Party', 'Committee', 'Campaign', 'Inc', 'Inc.', 'Corp', 'Corp.', 'Co.', 'Company', 'Ltd', 'LLC', 'Group',
  'Association', 'Institute', 'Foundation', 'University', 'College', 'School', 'Council', 'Commission',
  'Agency', 'Bureau', 'Department', 'Ministry', 'Office', 'Service', 'Board', 'Union', 'League', 'Center',
  'Centre', 'Club', 'Bank', 'Fund', 'Court', 'Network', 'News', 'Press', 'Times', 'Post', 'Journal',
  'Herald', 'Tribune', 'Gazette', 'Forces', 'Force', 'Army', 'Navy', 'Staff', 'Command', 'Guard',
  'Administration', 'Authority', 'Organization', 'Organisation', 'Alliance', 'Coalition', 'Federation',
  'Society', 'Trust', 'Project', 'Watch', 'Network', 'Church', 'Caucus', 'PAC', 'Industries', 'Systems',
  'Technologies', 'Airlines', 'Motors', 'Media', 'Times', 'Studios', 'Police', 'Department', 'Assembly',
  'Productions', 'Records', 'Entertainment', 'Pictures', 'Holdings', 'Partners', 'Capital', 'Labs', 'Brands',
  'Foods', 'Pharmaceuticals', 'Robotics', 'Enterprises', 'Ventures', 'Corporation', 'Insurance', 'Energy',
  'Communications', 'Telecom', 'Airways', 'Hospital', 'Clinic', 'Museum', 'Library', 'Academy', 'Laboratory',
  // Last words of names of bodies: "Amnesty International", "Coresight Research", "Customs and Border Protection",
  // "Citizenship and Immigration Services", "Mercy Corps", "the Indiana Statehouse".
  'International', 'Research', 'Services', 'Protection', 'Institution', 'Initiative', 'Program', 'Programme', 'Corps',
  'Secretariat', 'Tribunal', 'Legislature', 'Parliament', 'Statehouse', 'Prosecution', 'Reserve', 'Exchange',
  // Clubs: "Manchester United", "Tottenham Hotspur", "Blackburn Rovers".
  'United', 'Hotspur', 'Rovers', 'Athletic', 'Wanderers', 'FC',
];
