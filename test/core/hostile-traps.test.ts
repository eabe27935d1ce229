// The classic traps of quote attribution (issue 5), one named block each, built from the seed article's own
// sentences. Each asserts the contract AND that the statement a reader expects is still found and attributed.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/index';
import type { Analysis } from '../../src/core/types';
import { expectAttributed, expectContract, quoteText, statementsQuoting } from './hostile-invariants';

const PUTIN = 'Vladimir Putin said,“The complete defeat of our enemy along Kursk\'s border region creates the right conditions for further successes for our troops and in other important areas of the front.”';
const UKRAINE = 'Ukraine said, “The operational situation is difficult.”';
const UKRAINE_WORDS = 'The operational situation is difficult';
const PUTIN_WORDS = 'The complete defeat of our enemy';
const KYIV = /^(Ukraine|Kyiv)$/;

function analysed(text: string): Analysis {
  const analysis = analyse(text);
  expectContract(text, analysis);
  return analysis;
}

describe('trap: unbalanced quote marks', () => {
  it('an inch sign (a lone straight quote) does not swallow the statement after it', () => {
    const text = `The shells are 6" wide, the report said. ${UKRAINE}`;
    expectAttributed(text, analysed(text), UKRAINE_WORDS, KYIV);
  });

  it('a stray closing mark at the start of a paragraph does not swallow the statement after it', () => {
    const text = `” Congratulating the Russian military, the Kremlin released a statement.\n\n${UKRAINE}`;
    expectAttributed(text, analysed(text), UKRAINE_WORDS, KYIV);
  });

  it('a quote never closed in its paragraph does not capture the next paragraph\'s own statement', () => {
    const text = `${PUTIN.replace(/”$/, '')}\n\n${UKRAINE}`;
    const analysis = analysed(text);
    expectAttributed(text, analysis, PUTIN_WORDS, /Putin/);
    expectAttributed(text, analysis, UKRAINE_WORDS, KYIV);
    for (const a of statementsQuoting(text, analysis, UKRAINE_WORDS)) expect(a.speaker?.name).not.toMatch(/Putin/);
  });
});

describe('trap: nested quote marks', () => {
  const curly = 'To this, Ukraine has said, “The statements of representatives of the high command about the ‘alleged end of hostilities’ in the Kursk region are not true.”';
  const straight = curly.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");

  for (const [style, text] of [['curly “ ‘ ’ ”', curly], ['straight " \' \' "', straight]] as const) {
    it(`keeps the inner quote inside the outer one and attributes the whole to Ukraine (${style})`, () => {
      const analysis = analysed(text);
      const whole = statementsQuoting(text, analysis, 'The statements of representatives').filter((a) => quoteText(text, a).includes('are not true'));
      expect(whole.length, 'one statement from "The statements" to "are not true"').toBeGreaterThan(0);
      expect(whole.some((a) => a.speaker !== null && KYIV.test(a.speaker.name) && a.stance === 'deny')).toBe(true);
      const innerOnly = statementsQuoting(text, analysis, 'alleged end of hostilities').filter((a) => !quoteText(text, a).includes('are not true'));
      for (const a of innerOnly) expect(a.speaker?.name ?? 'no speaker').toMatch(KYIV);
    });
  }
});

describe('trap: apostrophes versus single quotes', () => {
  it('possessives and contractions do not open quotes; a single-quoted statement is still Putin\'s direct quote', () => {
    const text = "Valery Gerasimov's deputy didn't comment on the general's remarks. Vladimir Putin said, 'The complete defeat of our enemy creates the right conditions for further successes.'";
    const analysis = analysed(text);
    for (const a of analysis.attributions) expect(quoteText(text, a)).not.toMatch(/deputy|didn|general's remarks/);
    expectAttributed(text, analysis, PUTIN_WORDS, /Putin/);
    expect(statementsQuoting(text, analysis, PUTIN_WORDS).map((a) => a.kind)).toContain('direct');
  });

  it('a single-quoted quote before its cue (British style) is found: \'…,\' Zelensky said', () => {
    const text = "'We will hold our positions in the Kursk region,' Zelensky said. The troops' morale isn't low.";
    const analysis = analysed(text);
    expectAttributed(text, analysis, 'We will hold our positions', /Zelensky/);
    for (const a of analysis.attributions) expect(quoteText(text, a)).not.toContain("morale isn");
  });
});

describe('trap: quotes spanning paragraphs', () => {
  const first = 'The defensive operation of the Ukrainian Defense Forces in certain areas in the Kursk region continues.';
  const second = 'The operational situation is difficult, but our units continue to hold designated positions';

  it('a quote opened, left unclosed and reopened in the next paragraph stays with its speaker (cue before)', () => {
    const text = `Ukraine said: “${first}\n\n“${second}.”\n\n${PUTIN}`;
    const analysis = analysed(text);
    expectAttributed(text, analysis, 'The defensive operation', KYIV);
    expectAttributed(text, analysis, 'The operational situation is difficult', KYIV);
    expectAttributed(text, analysis, PUTIN_WORDS, /Putin/);
  });

  it('a quote opened, left unclosed and reopened in the next paragraph stays with its speaker (cue after)', () => {
    const text = `“${first}\n\n“${second},” Ukraine said.\n\n${PUTIN}`;
    const analysis = analysed(text);
    expectAttributed(text, analysis, 'The defensive operation', KYIV);
    expectAttributed(text, analysis, 'The operational situation is difficult', KYIV);
    expectAttributed(text, analysis, PUTIN_WORDS, /Putin/);
  });
});

describe('trap: zero-width and soft-hyphen characters', () => {
  it('a quote with zero-width spaces, joiners and soft hyphens inside is still attributed to its speaker', () => {
    const text = 'Vladimir Putin said,\u200b“The complete de\u00adfeat of our en\u200bemy along Kursk\'s border region creates the right con\u200dditions.”';
    expectAttributed(text, analysed(text), 'The complete de', /Putin/);
  });

  it('a byte-order mark at the start and a soft hyphen inside the speaker\'s name do not lose the statement', () => {
    const text = '\ufeffVla\u00addimir Putin said, “The complete defeat of our enemy creates the right conditions.”';
    expectAttributed(text, analysed(text), PUTIN_WORDS, /Putin/);
  });

  it('zero-width non-breaking spaces and word joiners between words do not lose the statement', () => {
    for (const text of [
      'Ukraine\u2060 said, “The operational situation is difficult.\u200c”',
      'Ukraine said,\ufeff\u2060“The operational situation is difficult.”',
    ]) {
      const analysis = analysed(text);
      expectAttributed(text, analysis, UKRAINE_WORDS, KYIV);
      // invisible characters are not part of what was said: the quote is the words inside the marks
      for (const a of statementsQuoting(text, analysis, UKRAINE_WORDS)) expect(quoteText(text, a)).toMatch(/^The operational/);
    }
  });
});

describe('trap: emoji and other surrogate pairs at span edges', () => {
  it('an emoji right before an appositive ("… region 😀 a claim denied by Kyiv") is not cut in half by the quote\'s end', () => {
    const text = 'Meanwhile, Valery Gerasimov has also claimed that Russia has reclaimed the Kursk region 😀 a claim denied by Kyiv.';
    expectAttributed(text, analysed(text), 'Russia has reclaimed the Kursk region', /Gerasimov/);
  });

  it('emoji as the first and last characters of a quote stay whole', () => {
    const text = 'Vladimir Putin said, “😀The complete defeat of our enemy creates the right conditions😀”';
    expectAttributed(text, analysed(text), PUTIN_WORDS, /Putin/);
  });

  it('flags, emoji after the cue and astral letters around the speaker keep every span whole', () => {
    const text = '“We will hold our positions in Kursk 🇺🇦,” Zelensky said 👍\n\n𝐁𝐫𝐞𝐚𝐤𝐢𝐧𝐠: 𝐏𝐮𝐭𝐢𝐧 said, “𝐓𝐡𝐞 𝐜𝐨𝐦𝐩𝐥𝐞𝐭𝐞 𝐝𝐞𝐟𝐞𝐚𝐭” 🔥\n\n' + UKRAINE;
    const analysis = analysed(text);
    expectAttributed(text, analysis, 'We will hold our positions', /Zelensky/);
    expectAttributed(text, analysis, UKRAINE_WORDS, KYIV);
  });
});

describe('trap: right-to-left text', () => {
  it('Arabic with «» and Hebrew with straight quotes keep the contract and do not hide the English statement after them', () => {
    const text = 'قال المتحدث «لن نتراجع عن مواقعنا في منطقة كورسك» في بيان.\n\nאמר הדובר: "אנחנו נמשיך להילחם בכל הכוח".\n\n' + UKRAINE;
    expectAttributed(text, analysed(text), UKRAINE_WORDS, KYIV);
  });

  it('an Arabic quote in an English sentence is attributed to the English speaker', () => {
    const text = 'Ukraine\'s military spokesman said, “الوضع صعب ولكن وحداتنا صامدة.”';
    expectAttributed(text, analysed(text), 'الوضع صعب', /spokesman|Ukraine/i);
  });

  it('right-to-left and left-to-right marks around an English quote do not lose it', () => {
    const text = '\u200fUkraine said, \u201c\u200fThe operational situation is difficult.\u200f\u201d \u202bمصدر\u202c';
    expectAttributed(text, analysed(text), UKRAINE_WORDS, KYIV);
  });
});

describe('trap: a 20,000-paragraph page', () => {
  const FURNITURE = ['Advertisement', 'Share this article', 'Read more: Kursk region live updates', 'Reply', '12 comments'];
  const paragraphs = Array.from({ length: 20_000 }, (_, i) => (i % 10 === 9 ? PUTIN : FURNITURE[i % FURNITURE.length]!));
  paragraphs[paragraphs.length - 1] = UKRAINE;
  const page = paragraphs.join('\n\n');

  it('is analysed to the end: every one of its 1,999 Putin quotes and the last paragraph\'s statement are found', () => {
    const analysis = analysed(page);
    expect(analysis.truncated).toBe(false);
    const putin = statementsQuoting(page, analysis, PUTIN_WORDS).filter((a) => a.speaker && /Putin/.test(a.speaker.name));
    expect(putin).toHaveLength(1_999);
    expectAttributed(page, analysis, UKRAINE_WORDS, KYIV);
  });

  it('under a 1 ms budget stops early, says so, and what it returns keeps the contract', () => {
    const analysis = analyse(page, { budgetMs: 1 });
    expectContract(page, analysis, true);
    expect(analysis.truncated).toBe(true);
  });
});

describe('trap: a paragraph with 5,000 quote marks', () => {
  const cases: [string, string][] = [
    ['2,500 short curly quotes', Array.from({ length: 2_500 }, (_, i) => `“word${i}”`).join(' ')],
    ['5,000 opening marks, none closed', Array.from({ length: 5_000 }, (_, i) => `“word${i}`).join(' ')],
    ['5,000 straight marks', Array.from({ length: 5_000 }, (_, i) => `"word${i}`).join(' ')],
    ['5,000 mixed marks with cue words', Array.from({ length: 5_000 }, (_, i) => `${'“”"\'‘’«»'[i % 8]}he said`).join(' ')],
  ];
  for (const [name, paragraph] of cases) {
    it(`${name}: the contract holds and the next paragraph's statement is still found`, () => {
      const text = `${paragraph}\n\n${UKRAINE}`;
      const analysis = analysed(text);
      expect(analysis.attributions.length).toBeLessThanOrEqual(5_001);
      expectAttributed(text, analysis, UKRAINE_WORDS, KYIV);
    });
  }
});
