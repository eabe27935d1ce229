// A comma inside a ", who"/", whose" clause after a name (an appositive or a list in the clause) does not open the
// subject's appositive: the subject is the name before the clause. Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('a comma inside a relative clause after the subject', () => {
  it('keeps the name before "who" (Westmacott, who will retire soon after also serving in Iran, Turkey and France, praised …)', () => {
    const text = 'Westmacott, who will retire soon after also serving in Iran, Turkey and France, praised Obama’s presidency in an interview published Saturday.';
    expect(statementQuoting(text, 'presidency').speaker).toBe('Westmacott');
  });

  it('takes the name before "whose", not the appositive inside it (Mr. Slinker, whose latest start-up, Paradata, uses …, said …)', () => {
    const text = "Mr. Slinker, whose latest start-up, Paradata, uses big data to help brands find suppliers, said Mr. Trump was a candidate very much in the spirit of Silicon Valley.";
    expect(statementQuoting(text, 'spirit of Silicon Valley').speaker?.startsWith('Mr. Slinker')).toBe(true);
  });

  it('keeps a noun for a person before "who" (the star journalist, who is promoting his 12th book, “Sin Miedo” (Without Fear), downplayed …)', () => {
    const text = 'But the star journalist, who is promoting his 12th book, “Sin Miedo” (Without Fear), downplayed his influence among Hispanics.';
    expect(statementQuoting(text, 'his influence').speaker?.startsWith('the star journalist')).toBe(true);
  });

  it('keeps the name before a participle aside with an object (Sen. Chuck Grassley, facing a spirited Democratic challenge in Iowa, a swing state, said …)', () => {
    const text = 'Sen. Chuck Grassley, facing a spirited Democratic challenge in Iowa, a swing state, said he would welcome Cruz.';
    expect(statementQuoting(text, 'welcome Cruz').speaker).toBe('Sen. Chuck Grassley');
  });
});
