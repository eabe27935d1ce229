// An object content ends where an aside set off by a spaced dash begins, or at a bare "but". Sentences from PolNeAR dev.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('object contents before a spaced dash', () => {
  it('end before " - " ("thanked Trump on Twitter for backing his top legislative priority - delaying …")', () => {
    const text = "On Wednesday, Cruz thanked Trump on Twitter for backing his top legislative priority - delaying a planned end to the U.S. government's role in managing a group that oversees Internet domain names.";
    expect(statementQuoting(text, 'legislative priority').quote).toBe('Trump on Twitter for backing his top legislative priority');
  });

  it('end before " -- " ("called on President Obama to retaliate against Russia … -- meddling the California congressman said …")', () => {
    const text = 'Adam Schiff, the top Democrat on the House Intelligence Committee, called on President Obama to retaliate against Russia for interference in the presidential election -- meddling the California congressman said is designed to "sow discord" in American politics and to help elect Donald Trump.';
    expect(statementQuoting(text, 'retaliate against Russia').quote).toBe('President Obama to retaliate against Russia for interference in the presidential election');
  });

  it('keep a hyphen inside a word ("attacked Machado in early-morning tweets" is cut at the medium phrase, not the hyphen)', () => {
    const text = 'Trump attacked the former beauty queen Alicia Machado in early-morning tweets.';
    expect(statementQuoting(text, 'beauty queen').quote).toBe('the former beauty queen Alicia Machado');
  });
});

describe('object contents before "but"', () => {
  it('end before a bare "but" ("praised Mr. Clarke\'s work preserving the property but also had to give him more time …")', () => {
    const text = "Some state officials praised Mr. Clarke's work preserving the property but also had to give him more time to pay back his debt.";
    expect(statementQuoting(text, 'preserving the property').quote).toBe("Mr. Clarke's work preserving the property");
  });
});
