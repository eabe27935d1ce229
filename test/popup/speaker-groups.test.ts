import { describe, expect, test } from 'vitest';
import { filterStatements, groupBySpeaker, isUnnamed, NO_SPEAKER_NAME, summarise } from '../../src/popup/speaker-groups';
import { SEED_STATEMENTS } from './statements.fixture';

describe('groupBySpeaker', () => {
  test('puts the most quoted speaker first and keeps article order among ties', () => {
    const groups = groupBySpeaker(SEED_STATEMENTS);
    expect(groups.map((g) => [g.name, g.statements.length])).toEqual([
      ['Valery Gerasimov', 3],
      ['Ukraine', 2],
      ['reports', 1],
      ['Vladimir Putin', 1],
      [NO_SPEAKER_NAME, 1],
    ]);
  });

  test('keeps each speaker’s statements in article order, with the role the text gives', () => {
    const [gerasimov] = groupBySpeaker(SEED_STATEMENTS);
    expect(gerasimov!.statements.map((s) => s.id)).toEqual(['a1', 'a2', 'a4']);
    expect(gerasimov!.role).toBe("chief of Russia's General Staff");
  });

  test('one entity, one group, whatever the case of its name', () => {
    const shouting = { ...SEED_STATEMENTS[4]!, id: 'a9', speaker: { ...SEED_STATEMENTS[4]!.speaker!, name: 'VLADIMIR PUTIN' } };
    const groups = groupBySpeaker([SEED_STATEMENTS[4]!, shouting]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.name).toBe('Vladimir Putin');
  });
});

describe('summarise', () => {
  test('counts statements, sources, and the unnamed sources among them', () => {
    // Unnamed: "reports" (type unnamed) and the statement with no speaker.
    expect(summarise(SEED_STATEMENTS)).toBe('8 statements from 5 sources, 2 of them unnamed');
  });

  test('speaks in the singular for one statement', () => {
    expect(summarise([SEED_STATEMENTS[4]!])).toBe('1 statement from 1 source, 0 of them unnamed');
  });

  test('treats a null speaker and an unnamed type as unnamed, a government as named', () => {
    expect(isUnnamed(SEED_STATEMENTS[7]!)).toBe(true);
    expect(isUnnamed(SEED_STATEMENTS[2]!)).toBe(true);
    expect(isUnnamed(SEED_STATEMENTS[5]!)).toBe(false);
  });
});

describe('filterStatements', () => {
  test('matches the speaker’s name, case-insensitively', () => {
    expect(filterStatements(SEED_STATEMENTS, 'putin').map((s) => s.id)).toEqual(['a5']);
  });

  test('matches words of the statement and its role; every word must match', () => {
    expect(filterStatements(SEED_STATEMENTS, 'kursk general staff').map((s) => s.id)).toEqual(['a4']);
    expect(filterStatements(SEED_STATEMENTS, 'heroism').map((s) => s.id)).toEqual(['a1', 'a2']);
  });

  test('an empty filter keeps everything', () => {
    expect(filterStatements(SEED_STATEMENTS, '   ')).toHaveLength(SEED_STATEMENTS.length);
  });
});
