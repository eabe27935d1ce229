// Speaker mentions on sentences from real news pages (and PolNeAR where marked), where the span stage took in too
// much or too little: an opening phrase, a verb, a dateline. Each names the construction whose subject the statement borrows.
import { describe, expect, it } from 'vitest';
import { statementQuoting, statements } from './engine-helpers';

describe('speaker spans on news pages', () => {
  it('gives coordinated verbs after a comma the pronoun subject of the first (he asked …, called … and said)', () => {
    const text = 'During the call, he asked about the Muslim Brotherhood, called Omar a “terrorist” and said, “somebody ought to put a bullet in her skull,” the prosecutor’s office said.';
    expect(statementQuoting(text, 'Omar a').speaker).toBe('he');
    expect(statementQuoting(text, 'somebody ought to').speaker).toBe('he');
  });

  it('reads a borrowed sentence subject after the dateline (WASHINGTON — … Hillary Clinton made it clear …, touting)', () => {
    // PolNeAR train.
    const text = 'WASHINGTON — Presumptive Democratic nominee Hillary Clinton made it clear to House Democrats on Wednesday that she has their backs, touting a message of unity and coordination.';
    // PolNeAR's cue is "touting a message of", its content "unity and coordination".
    expect(statementQuoting(text, 'unity and coordination').speaker).toBe('Presumptive Democratic nominee Hillary Clinton');
  });

  it('runs a borrowed subject that opens its clause to its auxiliary (Health care providers have protested …, warning)', () => {
    const text = 'Health care providers have protested longer detention periods for migrants, warning that children in particular would face more serious health risks with the extended incarcerations.';
    expect(statementQuoting(text, 'children in particular').speaker).toBe('Health care providers');
  });

  it('runs a borrowed subject after a dateline to its auxiliary (WASHINGTON – Two federal prison officers were charged …, stating)', () => {
    const text = 'WASHINGTON – Two federal prison officers were charged Tuesday with falsifying records, stating they had checked on accused sex trafficker Jeffrey Epstein in the hours before he hanged himself in his Manhattan cell.';
    expect(statementQuoting(text, 'they had checked').speaker).toBe('Two federal prison officers');
  });

  it('gives a participle after a verb\'s phrase that verb\'s subject (Taylor Swift posted on Twitter accusing …)', () => {
    const text = 'Then, last week, Taylor Swift posted on Twitter accusing Big Machine of trying to stop her performing tracks from her first six albums at the AMAs.';
    expect(statementQuoting(text, 'Big Machine of trying').speaker).toBe('Taylor Swift');
  });

  it('gives a participle after a verb\'s object that verb\'s subject (The town released a statement Wednesday saying …)', () => {
    // PolNeAR train.
    const text = 'The town released a statement Wednesday saying Trump’s comments “are based on his opinion, not actual facts,” and welcomed Trump to visit.';
    expect(statementQuoting(text, 'Trump’s comments').speaker).toBe('The town');
  });

  it('keeps the words before a participle whose object can act (Depositions released in March quote Trump acknowledging …)', () => {
    // PolNeAR train: PolNeAR's source is "Depositions released in March"; the object "Trump" is the participle's subject.
    const text = 'Depositions released in March quote Trump acknowledging a lack of close involvement with mentors and students.';
    expect(statementQuoting(text, 'a lack of close involvement').speaker).not.toBe('Depositions');
  });

  it('leaves a sentence-opening prepositional phrase out of the subject before a relative clause (In a reflection of the confusion, the Electoral Commission, which …, issued a statement warning)', () => {
    const text = 'In a reflection of the confusion, the Electoral Commission, which regulates campaign finances, issued a statement warning that “voters are entitled to transparency and integrity from campaigners in the lead-up to an election.’’';
    expect(statementQuoting(text, 'voters are entitled').speaker).toBe('the Electoral Commission');
  });

  it('reads no time words before the subject as a content (Then, last week, Taylor Swift posted …)', () => {
    const text = 'Then, last week, Taylor Swift posted on Twitter accusing Big Machine of trying to stop her performing tracks from her first six albums at the AMAs.';
    expect(statements(text).map((s) => s.quote)).not.toContain('last week');
  });

  it('gives a frame after time words its content after the cue (This spring, Makaeff persuaded the judge …)', () => {
    // PolNeAR train.
    const text = 'This spring, Makaeff persuaded the judge presiding over the Trump University case to let her remove her name as a plaintiff.';
    expect(statementQuoting(text, 'the Trump University case').speaker).toBe('Makaeff');
  });

  it('runs a borrowed subject that opens its clause to its verb (Two federal prison officers falsified …; Japan\'s central bank ended …)', () => {
    // The page sentence shortened, its verb without an auxiliary; and PolNeAR train.
    expect(statementQuoting('Two federal prison officers falsified records, stating they had checked on Jeffrey Epstein.', 'they had checked').speaker).toBe('Two federal prison officers');
    const text = "Japan's central bank ended a policy meeting on Friday by announcing it would expand purchases of exchange-traded funds from financial institutions to help inject more cash into the world's third-largest economy.";
    expect(statementQuoting(text, 'expand purchases').speaker).toBe("Japan's central bank");
  });

  it('ends a borrowed subject before a verb right after the name (Mr. Obama made …, announcing)', () => {
    // PolNeAR train; a guard: "made" is no -ed word, and reading on to "obtaining" took it into the subject.
    const text = 'Once he was president, Mr. Obama made obtaining a Middle East peace agreement a priority, announcing the appointment of former Senator George J. Mitchell as special envoy two days after taking office.';
    expect(statementQuoting(text, 'the appointment of former Senator').speaker).toBe('Mr. Obama');
  });

  it('gives coordinated verbs after an opening phrase the name subject of the first (During the call, Smith asked …, called …)', () => {
    // The page sentence with a name for its pronoun.
    const text = 'During the call, Smith asked about the Muslim Brotherhood, called Omar a “terrorist” and said, “somebody ought to put a bullet in her skull,” the prosecutor’s office said.';
    expect(statementQuoting(text, 'Omar a').speaker).toBe('Smith');
  });

  it('finds a borrowed subject that opens with a lower-case article after an opening phrase (In one, a narrator reminds …, and says …)', () => {
    // PolNeAR train.
    const text = 'In one, a narrator reminds viewers that Sanders participated in the 1963 March on Washington as a college student and says he wants to end racial profiling, combat police misconduct and dismantle private prisons.';
    expect(statementQuoting(text, 'end racial profiling').speaker).toBe('a narrator');
  });

  it('finds a borrowed subject that opens with a number word before a name (In a widely read column …, two Democratic speechwriters implored …, arguing)', () => {
    // PolNeAR dev.
    const text = 'In a widely read column in the day before the debate, two Democratic speechwriters implored her to bring it back, arguing that it agitated Trump and exposed a clear vulnerability.';
    expect(statementQuoting(text, 'it agitated Trump').speaker).toBe('two Democratic speechwriters');
  });

  it('ends a relative clause before a subordinator whose clause the cue heads (… a statement that appeared … after Swift publicly scolded)', () => {
    const text = 'On Monday, Big Machine Records issued a statement that appeared to make it possible for Swift to perform her songs at the upcoming American Music Awards after Swift publicly scolded her former label, accusing the Braun-owned company of preventing her from performing her earlier hits.';
    expect(statementQuoting(text, 'her former label').speaker).toBe('Swift');
    expect(statementQuoting(text, 'the Braun-owned company').speaker).toBe('Swift');
  });

  it('keeps a time after a subordinator inside the relative clause (The little polling that was done … before Tuesday’s primary showed)', () => {
    // PolNeAR train.
    const text = 'The little polling that was done in the state before Tuesday’s primary showed a virtual dead heat between Clinton and Sanders.';
    expect(statementQuoting(text, 'a virtual dead heat').speaker).toBe('The little polling that was done in the state before Tuesday’s primary');
  });
});
