// A verb of saying whose subject is a plural noun with a modifier after it — a participle, a relative clause, a contact
// clause, "privy to" — takes the whole noun phrase as its speaker, as PolNeAR marks it. Sentences from PolNeAR train.
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('a plural subject with a modifier before a verb of saying', () => {
  it('reads a participle phrase as part of the subject', () => {
    const text = 'But Republican activists clamoring to block Donald Trump from the GOP nomination say they’re suddenly in the midst of a Dump-Trump bump.';
    const s = statementQuoting(text, 'Dump-Trump bump');
    expect(s.cue).toBe('say');
    expect(s.speaker).toBe('Republican activists clamoring to block Donald Trump from the GOP nomination');
    expect(s.quote).toBe('they’re suddenly in the midst of a Dump-Trump bump');
  });

  it('reads a relative clause as part of the subject', () => {
    const text = "The state officials whose laws have been invalidated say the real change has come in the makeup of the judiciary after nearly eight years of Obama's nominations.";
    const s = statementQuoting(text, 'the real change');
    expect(s.speaker).toBe('The state officials whose laws have been invalidated');
  });

  it('reads a contact clause as part of the subject', () => {
    const text = "Several people I've spoken with over the last couple of weeks said Mr. Hannity had for months peppered Mr. Trump, his family members and advisers with suggestions on strategy and messaging.";
    const s = statementQuoting(text, 'Mr. Hannity had');
    expect(s.speaker).toBe("Several people I've spoken with over the last couple of weeks");
  });

  it('starts the subject after an opening subordinate clause', () => {
    const text = 'But while Republicans are happily supporting the delay as a blow to Obamacare, multiple sources privy to negotiations say it’s the Democratic leaders in Congress, responding to pressure from labor unions, who have insisted on acting now.';
    const s = statementQuoting(text, 'Democratic leaders in Congress');
    expect(s.speaker).toBe('multiple sources privy to negotiations');
  });

  it('keeps an "including" aside before the verb in the mention', () => {
    const text = "But numerous military veterans interviewed at Trump rallies in South Carolina this week, including Mr. Jebens, said they had no problem with Mr. Trump's comments, even if they did not entirely agree with him.";
    const s = statementQuoting(text, 'they had no problem');
    expect(s.speaker).toBe('numerous military veterans interviewed at Trump rallies in South Carolina this week, including Mr. Jebens');
  });

  it('gives an infinitive of saying no such subject', () => {
    const text = "But the court's conservatives seemed ready to say that forcing public workers to support unions they have declined to join violates the First Amendment.";
    expect(statements(text).some((s) => s.speaker === "the court's conservatives seemed ready to")).toBe(false);
  });
});
