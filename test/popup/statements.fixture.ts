// Statements as the content script would report them for the seed article (kursk-article.txt).
import type { StatementView } from '../../src/messages';

const gerasimov = { name: 'Valery Gerasimov', type: 'person' as const, role: "chief of Russia's General Staff", mention: 'Valery Gerasimov' };
const ukraine = { name: 'Ukraine', type: 'government' as const, mention: 'Ukraine' };

export const SEED_STATEMENTS: StatementView[] = [
  { id: 'a1', kind: 'mixed', stance: 'claim', excerpt: 'heroism and professionalism', cue: 'praising', speaker: { ...gerasimov, mention: 'A top Russian general' } },
  { id: 'a2', kind: 'mixed', stance: 'claim', excerpt: 'high professionalism, fortitude, courage, and heroism', cue: 'saying', speaker: gerasimov },
  { id: 'a3', kind: 'indirect', stance: 'claim', excerpt: 'North Korea sent an estimated total of 14,000 troops to fight in the Kursk region', cue: 'According to', speaker: { name: 'reports', type: 'unnamed', mention: 'reports' } },
  { id: 'a4', kind: 'indirect', stance: 'claim', excerpt: 'Russia has reclaimed the Kursk region', cue: 'has also claimed', speaker: gerasimov },
  { id: 'a5', kind: 'direct', stance: 'claim', excerpt: "The complete defeat of our enemy along Kursk's border region creates the right conditions…", cue: 'said', speaker: { name: 'Vladimir Putin', type: 'person', mention: 'Vladimir Putin' } },
  { id: 'a6', kind: 'direct', stance: 'deny', excerpt: 'The statements of representatives of the high command of the aggressor country … are not true.', cue: 'has said', speaker: ukraine, respondsTo: 'a4' },
  { id: 'a7', kind: 'direct', stance: 'claim', excerpt: 'The operational situation is difficult, but our units continue to hold designated positions', cue: 'said', speaker: ukraine },
  { id: 'a8', kind: 'indirect', stance: 'claim', excerpt: 'the operation continues', cue: '', speaker: null },
];
