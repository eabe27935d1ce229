// Countries (and the names their governments go by), their capitals, and demonyms.
// Written by hand for the speaker typer: a country or capital that speaks stands for its government.

/** Other names of a country, mapped to the one we show. */
export const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  'Russian Federation': 'Russia', 'United States of America': 'United States', 'U.S.': 'United States',
  US: 'United States', USA: 'United States', 'U.S.A.': 'United States', America: 'United States',
  'United Kingdom': 'Britain', 'Great Britain': 'Britain', 'U.K.': 'Britain', UK: 'Britain',
  Czechia: 'Czech Republic', Turkiye: 'Turkey', EU: 'European Union',
};

/** Capital → country: "Kyiv denies" is Ukraine's government speaking. */
export const CAPITAL_OF: Readonly<Record<string, string>> = {
  Kyiv: 'Ukraine', Kiev: 'Ukraine', Moscow: 'Russia', Washington: 'United States', Beijing: 'China',
  London: 'Britain', Paris: 'France', Berlin: 'Germany', Tokyo: 'Japan', Seoul: 'South Korea',
  Pyongyang: 'North Korea', Tehran: 'Iran', Jerusalem: 'Israel', Ankara: 'Turkey', Damascus: 'Syria',
  Baghdad: 'Iraq', Kabul: 'Afghanistan', Islamabad: 'Pakistan', 'New Delhi': 'India', Delhi: 'India',
  Ottawa: 'Canada', Canberra: 'Australia', Brussels: 'European Union', Minsk: 'Belarus', Warsaw: 'Poland',
  Riyadh: 'Saudi Arabia', Cairo: 'Egypt', Havana: 'Cuba', Caracas: 'Venezuela', Taipei: 'Taiwan',
  Rome: 'Italy', Madrid: 'Spain', Athens: 'Greece', Budapest: 'Hungary', Doha: 'Qatar', Tbilisi: 'Georgia',
  Chisinau: 'Moldova', Vilnius: 'Lithuania', Riga: 'Latvia', Tallinn: 'Estonia', Helsinki: 'Finland',
  Stockholm: 'Sweden', Oslo: 'Norway', Copenhagen: 'Denmark', Vienna: 'Austria', Bern: 'Switzerland',
  Manila: 'Philippines', Hanoi: 'Vietnam', Bangkok: 'Thailand', Jakarta: 'Indonesia', 'Mexico City': 'Mexico',
  Brasilia: 'Brazil', 'Buenos Aires': 'Argentina', Pretoria: 'South Africa', Nairobi: 'Kenya', Abuja: 'Nigeria',
  'Addis Ababa': 'Ethiopia', Khartoum: 'Sudan', Tripoli: 'Libya', Beirut: 'Lebanon', Amman: 'Jordan',
  Sanaa: 'Yemen', 'Abu Dhabi': 'United Arab Emirates', Yerevan: 'Armenia', Baku: 'Azerbaijan',
};

export const COUNTRIES: readonly string[] = [
  'Afghanistan', 'Albania', 'Algeria', 'Argentina', 'Armenia', 'Australia', 'Austria', 'Azerbaijan', 'Bahrain',
  'Bangladesh', 'Belarus', 'Belgium', 'Bolivia', 'Bosnia', 'Brazil', 'Britain', 'Great Britain', 'Bulgaria',
  'Cambodia', 'Canada', 'Chile', 'China', 'Colombia', 'Croatia', 'Cuba', 'Cyprus', 'Czech Republic', 'Czechia',
  'Denmark', 'Ecuador', 'Egypt', 'Estonia', 'Ethiopia', 'Finland', 'France', 'Georgia', 'Germany', 'Greece',
  'Hungary', 'Iceland', 'India', 'Indonesia', 'Iran', 'Iraq', 'Ireland', 'Israel', 'Italy', 'Japan', 'Jordan',
  'Kazakhstan', 'Kenya', 'Kosovo', 'Kuwait', 'Latvia', 'Lebanon', 'Libya', 'Lithuania', 'Malaysia', 'Mexico',
  'Moldova', 'Mongolia', 'Morocco', 'Myanmar', 'Nepal', 'Netherlands', 'New Zealand', 'Nigeria',
  'North Korea', 'Norway', 'Oman', 'Pakistan', 'Palestine', 'Peru', 'Philippines', 'Poland', 'Portugal',
  'Qatar', 'Romania', 'Russia', 'Russian Federation', 'Saudi Arabia', 'Serbia', 'Singapore', 'Slovakia',
  'Slovenia', 'Somalia', 'South Africa', 'South Korea', 'Spain', 'Sri Lanka', 'Sudan', 'Sweden', 'Switzerland',
  'Syria', 'Taiwan', 'Thailand', 'Tunisia', 'Turkey', 'Turkiye', 'Uganda', 'Ukraine', 'United Arab Emirates',
  'United Kingdom', 'United States', 'United States of America', 'U.S.', 'US', 'USA', 'U.K.', 'UK', 'America',
  'Uzbekistan', 'Venezuela', 'Vietnam', 'Yemen', 'Zimbabwe', 'European Union', 'EU',
  // Territories and the countries missing above that speak through their governments in the news ("Hong Kong said").
  'Hong Kong', 'Macau', 'Puerto Rico', 'Scotland', 'Wales', 'England', 'Northern Ireland', 'Greenland', 'Montenegro',
  'North Macedonia', 'Luxembourg', 'Malta', 'Paraguay', 'Uruguay', 'Guatemala', 'Honduras', 'Nicaragua', 'El Salvador',
  'Panama', 'Costa Rica', 'Haiti', 'Jamaica', 'Dominican Republic', 'Ghana', 'Tanzania', 'Rwanda', 'Senegal', 'Mali',
  'Niger', 'Congo', 'Angola', 'Mozambique', 'Namibia', 'Botswana', 'Zambia', 'Cameroon', 'Ivory Coast', 'Eritrea',
  'South Sudan', 'Liberia', 'Sierra Leone', 'Laos', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Bhutan', 'Brunei',
  'Fiji', 'Madagascar', 'Malawi', 'Burkina Faso',
];

/** Adjectives of nationality: "Russian forces", "North Korean troops" name no one. */
export const DEMONYMS: readonly string[] = [
  'American', 'Afghan', 'Australian', 'Belarusian', 'British', 'Canadian', 'Chinese', 'Cuban', 'Czech', 'Dutch',
  'Egyptian', 'English', 'European', 'French', 'German', 'Greek', 'Hungarian', 'Indian', 'Iranian', 'Iraqi',
  'Irish', 'Israeli', 'Italian', 'Japanese', 'Korean', 'North Korean', 'South Korean', 'Kurdish', 'Lebanese',
  'Libyan', 'Mexican', 'Pakistani', 'Palestinian', 'Polish', 'Russian', 'Saudi', 'Scottish', 'Spanish',
  'Swedish', 'Syrian', 'Taiwanese', 'Turkish', 'Ukrainian', 'Venezuelan', 'Western', 'Soviet', 'Arab',
  'African', 'Asian', 'Muslim', 'Christian', 'Jewish', 'Republican', 'Democratic', 'Democrat', 'Latino',
  'Tunisian', 'Algerian', 'Moroccan', 'Jordanian', 'Emirati', 'Qatari', 'Yemeni', 'Sudanese', 'Ethiopian', 'Kenyan',
  'Nigerian', 'South African', 'Brazilian', 'Argentine', 'Argentinian', 'Colombian', 'Chilean', 'Peruvian',
  'Indonesian', 'Malaysian', 'Filipino', 'Vietnamese', 'Thai', 'Bangladeshi', 'Nepali', 'Sri Lankan', 'Kazakh',
  'Uzbek', 'Armenian', 'Azerbaijani', 'Romanian', 'Bulgarian', 'Serbian', 'Croatian', 'Bosnian', 'Albanian',
  'Austrian', 'Swiss', 'Belgian', 'Danish', 'Norwegian', 'Finnish', 'Estonian', 'Latvian', 'Lithuanian', 'Slovak',
  'Portuguese', 'Welsh', 'Zimbabwean', 'Ugandan', 'Somali', 'Cypriot', 'Hispanic',
];

/** US states: "Fort Wayne, Indiana" is a place, and a state that speaks is its government. */
export const US_STATES: readonly string[] = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada',
  'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma',
  'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah',
  'Vermont', 'Virginia', 'West Virginia', 'Wisconsin', 'Wyoming',
];

/** First or last words of place names: "Fort Wayne", "Palm Beach", "Cook County". */
export const PLACE_WORDS: readonly string[] = [
  'Fort', 'Mount', 'Lake', 'Port', 'Saint', 'San', 'Santa', 'Los', 'Las', 'County', 'City', 'Street', 'Avenue',
  'Road', 'Square', 'Beach', 'Island', 'Islands', 'Valley', 'Park', 'Bay', 'River', 'Hills', 'Heights', 'Springs',
  'Falls', 'Village', 'Region', 'Oblast', 'Province', 'District', 'Peninsula', 'Sea', 'Ocean', 'Gulf', 'Strait',
  'Airport', 'Station', 'Bridge', 'Hall', 'Tower', 'Plaza', 'Stadium', 'Arena', 'Coast', 'Desert', 'Mountains',
  'Mall', 'Memorial', 'Monument', 'Cathedral', 'Garden', 'Gardens', 'Pier', 'Harbor', 'Harbour', 'Canal', 'Boulevard',
];

/** The newspapers' (AP) abbreviations of the states, lower case without their final period ("Calif.", "N.H."):
 *  "in Aspen, Colo., the graduate ended …". */
export const US_STATE_ABBREVIATIONS: readonly string[] = [
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass',
  'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'n.h', 'n.j', 'n.m', 'n.y', 'n.c', 'n.d', 'okla', 'ore', 'pa',
  'r.i', 's.c', 's.d', 'tenn', 'tex', 'vt', 'va', 'wash', 'w.va', 'wis', 'wyo',
];
