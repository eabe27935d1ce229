// A hyphen with a space on each side sets off an aside like an em dash or "--": an aside between two of them right
// before the verb belongs to the subject, and the statement is found. A dateline's hyphen opens no aside. Sentences
// from PolNeAR (train).
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('asides between spaced hyphens before the verb', () => {
  it('keeps the aside in the subject ("Deborah Jordan Reynolds - Santilli\'s girlfriend … - told")', () => {
    const text = "In an interview at her Portland hotel room, Deborah Jordan Reynolds - Santilli's girlfriend and co-host on his YouTube channel - told The Washington Post that Santilli's skepticism of America turned toward extreme around 2002.";
    const s = statementQuoting(text, "Santilli's skepticism");
    expect(s.speaker).toBe("Deborah Jordan Reynolds - Santilli's girlfriend and co-host on his YouTube channel");
    expect(s.quote).toBe("that Santilli's skepticism of America turned toward extreme around 2002");
  });

  it('finds the statement of a subject with a quoted aside ("A representative … - a 12-employee business … - noted")', () => {
    const text = 'A representative for the Ivanka Trump brand - a 12-employee business pitched as "the ultimate destination for Women Who Work" - noted that the company offers new mothers eight weeks of paid leave.';
    expect(statementQuoting(text, 'the company offers').speaker).toContain('A representative for the Ivanka Trump brand');
  });

  it("does not read a dateline's hyphen as opening an aside", () => {
    const text = "CLEVELAND - When the opening night of the Republican National Convention ended here, Donald Trump's advisers were exuberant - thrilled with Melania Trump's sparkling debut and confident that Rudy Giuliani and a parade of other speakers delivered the ideal combination of fire, emotion and reassurance.";
    expect(statementQuoting(text, 'Rudy Giuliani').speaker).toBe("Donald Trump's advisers");
  });
});
