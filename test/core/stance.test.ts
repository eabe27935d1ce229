// Stance from the cue or the content, and the claim a denial or confirmation answers, on seed and
// PolNeAR sentences with attributions built by hand (speakers already resolved, as in the pipeline).
import { describe, expect, it } from 'vitest';
import { resolveSpeakers } from '../../src/core/entities/index';
import { assignStance } from '../../src/core/stance';
import { build, type Spec } from './entities-helpers';
import { statements } from './engine-helpers';

function withStance(text: string, specs: Spec[]) {
  const attributions = build(text, specs);
  resolveSpeakers(text, attributions);
  assignStance(text, attributions);
  return attributions;
}

const gerasimovAndKyiv = 'Meanwhile, Valery Gerasimov has also claimed that Russia has reclaimed the Kursk region – a claim denied by Kyiv.';

describe('stance from the cue', () => {
  it('makes "denied" a denial that answers the claim in the same sentence ("a claim denied by Kyiv")', () => {
    const [claim, denial] = withStance(gerasimovAndKyiv, [
      { speaker: 'Valery Gerasimov', quote: 'that Russia has reclaimed the Kursk region', cue: 'has also claimed' },
      { speaker: 'Kyiv', quote: 'a claim', cue: 'denied' },
    ]);
    expect(claim).toMatchObject({ stance: 'claim' });
    expect(claim?.respondsTo).toBeUndefined();
    expect(denial).toMatchObject({ stance: 'deny', respondsTo: claim!.id });
  });

  it('reads the active "…, a claim Kyiv denied" as Kyiv\'s denial of the clause before the comma (the seed\'s sentence, active voice)', () => {
    const text = 'Meanwhile, Valery Gerasimov has also claimed that Russia has reclaimed the Kursk region, a claim Kyiv denied.';
    const denial = statements(text).find((s) => s.stance === 'deny');
    expect(denial?.speaker).toBe('Kyiv');
    const claim = statements(text).find((s) => s.stance === 'claim');
    expect(claim?.quote).toBe('that Russia has reclaimed the Kursk region');
    expect(denial?.a.respondsTo).toBe(claim?.a.id);
  });

  it('makes "has confirmed" and "confirmed" confirmations', () => {
    const text = 'Moscow has confirmed that North Korean troops are fighting alongside Russian forces in the Kursk region.';
    const [a] = withStance(text, [{ speaker: 'Moscow', quote: 'that North Korean troops are fighting alongside Russian forces in the Kursk region', cue: 'has confirmed' }]);
    expect(a?.stance).toBe('confirm');
  });

  it('reads acknowledged, admitted, rejected, dismissed and refuted', () => {
    // "Cruz rejected the plan" was here as a denial: rejecting a plan refuses it and says nothing is untrue (see
    // "refusals" below); a rejected allegation is a denial.
    const text = 'Trump acknowledged the error. Clinton admitted the mistake. Cruz rejected the allegation. Rubio dismissed the poll. Kasich refuted the charge.';
    const stances = withStance(text, [
      { speaker: 'Trump', quote: 'the error', cue: 'acknowledged' },
      { speaker: 'Clinton', quote: 'the mistake', cue: 'admitted' },
      { speaker: 'Cruz', quote: 'the allegation', cue: 'rejected' },
      { speaker: 'Rubio', quote: 'the poll', cue: 'dismissed' },
      { speaker: 'Kasich', quote: 'the charge', cue: 'refuted' },
    ]).map((a) => a.stance);
    expect(stances).toEqual(['confirm', 'confirm', 'deny', 'deny', 'deny']);
  });

  it('keeps a negated cue a claim ("Russia never confirmed or denied")', () => {
    const text = 'While Russia never confirmed or denied North Korean presence in Kursk, Ukraine has often claimed that Kim Jong Un\'s military was supplying artillery shells.';
    const [a] = withStance(text, [{ speaker: 'Russia', quote: 'North Korean presence in Kursk', cue: 'confirmed or denied' }]);
    expect(a?.stance).toBe('claim');
  });

  it('keeps "said" and "claimed" claims', () => {
    const [a] = withStance(gerasimovAndKyiv, [{ speaker: 'Valery Gerasimov', quote: 'that Russia has reclaimed the Kursk region', cue: 'has also claimed' }]);
    expect(a?.stance).toBe('claim');
  });
});

describe('refusals: a rejected request, offer or person is no denial of a claim', () => {
  const stanceOfOne = (text: string, speaker: string, quote: string, cue: string) => withStance(text, [{ speaker, quote, cue }])[0]?.stance;

  it('keeps a rejected or rebuffed attempt, request or offer a claim (saved page, PolNeAR dev and train)', () => {
    expect(stanceOfOne("Last month, a judge rejected Assange's attempt to delay the full extradition hearing, which is scheduled to take place at Westminster Magistrate's Court in London in February.",
      'a judge', "Assange's attempt to delay the full extradition hearing", 'rejected')).toBe('claim');
    expect(stanceOfOne("A New York judge has rejected a media request to make public the contents of a 25-year-old court file on Donald Trump's divorce from wife Ivana.",
      'A New York judge', "a media request to make public the contents of a 25-year-old court file on Donald Trump's divorce from wife Ivana", 'has rejected')).toBe('claim');
    expect(stanceOfOne('During the investigation of President Clinton by independent counsel Ken Starr, for instance, Kendall rebuffed several requests for interviews.',
      'Kendall', 'several requests for interviews', 'rebuffed')).toBe('claim');
  });

  it('keeps "dismissed X as …" a claim when X is no claim ("dismissed NATO member Estonia as being in the suburbs")', () => {
    expect(stanceOfOne('In July, Gingrich cynically dismissed NATO member Estonia as being in the “suburbs of St. Petersburg.”',
      'Gingrich', 'NATO member Estonia as being in the “suburbs of St. Petersburg', 'cynically dismissed')).toBe('claim');
    expect(stanceOfOne("Inside the hotel conference center, Trump on Tuesday dismissed Wisconsin Gov. Scott Walker as an ineffective leader, arguing that the Badger State governor has been a poor steward of the state's economy.",
      'Trump', 'Wisconsin Gov. Scott Walker as an ineffective leader', 'dismissed')).toBe('claim');
  });

  it('keeps "deny" with two objects a claim ("could deny them mining permits", "denied Carter a … photograph")', () => {
    expect(stanceOfOne('If they failed, the government could deny them mining permits until the work was completed.',
      'the government', 'them mining permits until the work was completed', 'could deny')).toBe('claim');
    expect(stanceOfOne('Kennedy engineered a floor fight over the rules and denied Carter a final-night photograph of unity.',
      'Kennedy', 'Carter a final-night photograph of unity', 'denied')).toBe('claim');
  });

  it('still reads a rejected or dismissed claim, and a denied fact, as a denial', () => {
    expect(stanceOfOne("Mr. Obama dismissed the criticism as the voice of Mr. Tribe's client, Peabody Energy, the nation's largest coal company.",
      'Mr. Obama', "the criticism as the voice of Mr. Tribe's client, Peabody Energy, the nation's largest coal company", 'dismissed')).toBe('deny');
    expect(stanceOfOne('Manhattan Supreme Court Justice Frank Nervo rejected that argument in a ruling released Thursday.',
      'Manhattan Supreme Court Justice Frank Nervo', 'that argument in a ruling released Thursday', 'rejected')).toBe('deny');
    expect(stanceOfOne("Sanders pointedly rejected the notion that he was part of the so-called Republican establishment.",
      'Sanders', 'the notion that he was part of the so-called Republican establishment', 'pointedly rejected')).toBe('deny');
    expect(stanceOfOne('The Saudi government has strongly denied any involvement in the 9/11 terror attacks.',
      'The Saudi government', 'any involvement in the 9/11 terror attacks', 'has strongly denied')).toBe('deny');
    expect(stanceOfOne('Big Machine have twice denied doing anything wrong.', 'Big Machine', 'doing anything wrong', 'have twice denied')).toBe('deny');
  });
});

describe('stance from the content', () => {
  it('makes a plain "said" a denial when the words call statements untrue ("… are not true")', () => {
    const text = 'To this, Ukraine has said,“The statements of representatives of the high command of the aggressor country about the alleged end of hostilities in the Kursk region of the Russian Federation are not true.”';
    const [a] = withStance(text, [{ speaker: 'Ukraine', quote: 'The statements of representatives of the high command of the aggressor country about the alleged end of hostilities in the Kursk region of the Russian Federation are not true.', cue: 'has said', kind: 'direct' }]);
    expect(a?.stance).toBe('deny');
  });

  it('does not read "false" inside a longer claim as a denial', () => {
    const text = 'Trump said the media spread false stories about his campaign.';
    const [a] = withStance(text, [{ speaker: 'Trump', quote: 'the media spread false stories about his campaign', cue: 'said' }]);
    expect(a?.stance).toBe('claim');
  });
});

describe('respondsTo', () => {
  it('links the headline denial to the headline claim ("Russia says reclaimed Kursk region, Kyiv denies")', () => {
    const text = 'Russia says reclaimed Kursk region, Kyiv denies';
    const [claim, denial] = withStance(text, [
      { speaker: 'Russia', quote: 'reclaimed Kursk region', cue: 'says' },
      { speaker: 'Kyiv', quote: 'denies', cue: 'denies' },
    ]);
    expect(denial).toMatchObject({ stance: 'deny', respondsTo: claim!.id });
  });

  it('prefers the earlier claim that shares the denial\'s words over a nearer unrelated one', () => {
    const text = 'Gerasimov claimed that Russia has reclaimed the Kursk region. Putin said the economy was growing. '
      + 'Ukraine denied that Russia had reclaimed the Kursk region.';
    const [reclaimed, , denial] = withStance(text, [
      { speaker: 'Gerasimov', quote: 'that Russia has reclaimed the Kursk region', cue: 'claimed' },
      { speaker: 'Putin', quote: 'the economy was growing', cue: 'said' },
      { speaker: 'Ukraine', quote: 'that Russia had reclaimed the Kursk region', cue: 'denied' },
    ]);
    expect(denial?.respondsTo).toBe(reclaimed!.id);
  });

  it('does not link a denial to its own speaker\'s claim', () => {
    const text = 'Ukraine said its forces were holding. Ukraine denied that the front had collapsed.';
    const [, denial] = withStance(text, [
      { speaker: 'Ukraine', quote: 'its forces were holding', cue: 'said' },
      { speaker: 'Ukraine', speakerAt: 1, quote: 'that the front had collapsed', cue: 'denied' },
    ]);
    expect(denial?.stance).toBe('deny');
    expect(denial?.respondsTo).toBeUndefined();
  });

  it('does not link a confirmation to an unrelated claim just before it', () => {
    const text = 'Vladimir Putin said,“The complete defeat of our enemy along Kursk\'s border region creates the right conditions for further successes.” '
      + 'Ukraine acknowledged that the operational situation is difficult.';
    const [, confirmation] = withStance(text, [
      { speaker: 'Vladimir Putin', quote: "The complete defeat of our enemy along Kursk's border region creates the right conditions for further successes.", cue: 'said', kind: 'direct' },
      { speaker: 'Ukraine', quote: 'that the operational situation is difficult', cue: 'acknowledged' },
    ]);
    expect(confirmation?.stance).toBe('confirm');
    expect(confirmation?.respondsTo).toBeUndefined();
  });

  it('links Ukraine\'s "… are not true" to an earlier claim about the Kursk region by someone else', () => {
    const text = 'Meanwhile, Valery Gerasimov has also claimed that Russia has reclaimed the Kursk region. '
      + 'To this, Ukraine has said,“The statements of representatives of the high command of the aggressor country about the alleged end of hostilities in the Kursk region of the Russian Federation are not true.”';
    const [claim, denial] = withStance(text, [
      { speaker: 'Valery Gerasimov', quote: 'that Russia has reclaimed the Kursk region', cue: 'has also claimed' },
      { speaker: 'Ukraine', quote: 'The statements of representatives of the high command of the aggressor country about the alleged end of hostilities in the Kursk region of the Russian Federation are not true.', cue: 'has said', kind: 'direct' },
    ]);
    expect(denial).toMatchObject({ stance: 'deny', respondsTo: claim!.id });
  });

  it('does not link a long confirmation to a nearby claim by one shared word ("moon")', () => {
    // From a saved Al Jazeera page (../shared/pages, for tests only).
    const text = 'In May, NASA’s Administrator Jim Bridenstine said returning to the moon was necessary to build the infrastructure and '
      + 'knowledge base to send astronauts to Mars. Today that mission scope may well have expanded to Jupiter’s moon Europa, as '
      + 'NASA’s scientists have confirmed that they have detected water vapour above that moon’s icy crust.';
    const [, confirmation] = withStance(text, [
      { speaker: 'NASA’s Administrator Jim Bridenstine', quote: 'returning to the moon was necessary to build the infrastructure and knowledge base to send astronauts to Mars', cue: 'said' },
      { speaker: 'NASA’s scientists', quote: 'that they have detected water vapour above that moon’s icy crust', cue: 'have confirmed' },
    ]);
    expect(confirmation?.stance).toBe('confirm');
    expect(confirmation?.respondsTo).toBeUndefined();
  });

  it('does not link a confirmation that shares only two words with an earlier claim (PolNeAR train)', () => {
    const text = 'In a speech, a top adviser for President Obama explained why: Potential benefits are not worth the immense political trouble.\n\n'
      + "Mr. Furman acknowledged that overhauling business taxes - the United States' corporate tax rate of 35 percent is the highest of any advanced economy - carried the potential for greater benefits.";
    const [, confirmation] = withStance(text, [
      { speaker: 'a top adviser for President Obama', quote: 'why: Potential benefits are not worth the immense political trouble', cue: 'explained' },
      { speaker: 'Mr. Furman', quote: "that overhauling business taxes - the United States' corporate tax rate of 35 percent is the highest of any advanced economy - carried the potential for greater benefits", cue: 'acknowledged' },
    ]);
    expect(confirmation?.stance).toBe('confirm');
    expect(confirmation?.respondsTo).toBeUndefined();
  });

  it('links a denial of "the criticism" or "that argument" to the claim just before it (PolNeAR dev)', () => {
    const tribe = 'Another critic, Laurence H. Tribe, likened the rules to "burning the Constitution" - a charge that might have stung, since Mr. Tribe, a liberal constitutional scholar, was a mentor to Mr. Obama at Harvard Law School.\n\n'
      + "Mr. Obama dismissed the criticism as the voice of Mr. Tribe's client, Peabody Energy, the nation's largest coal company, which filed for bankruptcy protection in April.";
    const [charge, dismissal] = withStance(tribe, [
      { speaker: 'Laurence H. Tribe', quote: 'the rules to "burning the Constitution', cue: 'likened' },
      { speaker: 'Mr. Obama', quote: "the criticism as the voice of Mr. Tribe's client, Peabody Energy, the nation's largest coal company", cue: 'dismissed' },
    ]);
    expect(dismissal).toMatchObject({ stance: 'deny', respondsTo: charge!.id });
    const nervo = "The New York Times and the Gannett newspaper chain filed a motion to unseal the records, arguing the move was needed to contribute to public debate over the real estate mogul and Republican nominee's fitness for the presidency.\n\n"
      + 'Manhattan Supreme Court Justice Frank Nervo rejected that argument in a ruling released Thursday.';
    const [argument, rejection] = withStance(nervo, [
      { speaker: 'The New York Times and the Gannett newspaper chain', quote: "the move was needed to contribute to public debate over the real estate mogul and Republican nominee's fitness for the presidency", cue: 'arguing' },
      { speaker: 'Manhattan Supreme Court Justice Frank Nervo', quote: 'that argument in a ruling released Thursday', cue: 'rejected' },
    ]);
    expect(rejection).toMatchObject({ stance: 'deny', respondsTo: argument!.id });
  });

  it('does not link a denial of "the idea of …" or "the notion that …" to an unrelated claim just before it (PolNeAR train, saved page)', () => {
    const wage = 'Rand Paul said U.S. military spending dwarfs that of the rest of the world. GOP Candidates Resoundingly Reject The Idea Of A Minimum Wage Hike.';
    const [, wageDenial] = withStance(wage, [
      { speaker: 'Rand Paul', quote: 'U.S. military spending dwarfs that of the rest of the world', cue: 'said' },
      { speaker: 'GOP Candidates', quote: 'The Idea Of A Minimum Wage Hike', cue: 'Reject' },
    ]);
    expect(wageDenial?.stance).toBe('deny');
    expect(wageDenial?.respondsTo).toBeUndefined();
    const volker = 'Morrison said he feared how the call would play in Washington. '
      + 'Volker disputed the notion that he had been a participant in what\'s been portrayed as an outside or "irregular" channel of Ukraine policy.';
    const [, volkerDenial] = withStance(volker, [
      { speaker: 'Morrison', quote: 'he feared how the call would play in Washington', cue: 'said' },
      { speaker: 'Volker', quote: 'the notion that he had been a participant in what\'s been portrayed as an outside or "irregular" channel of Ukraine policy', cue: 'disputed' },
    ]);
    expect(volkerDenial?.stance).toBe('deny');
    expect(volkerDenial?.respondsTo).toBeUndefined();
  });

  it('leaves respondsTo unset on a confirmation with nothing earlier to answer', () => {
    const text = 'Moscow has confirmed that North Korean troops are fighting alongside Russian forces in the Kursk region.';
    const [a] = withStance(text, [{ speaker: 'Moscow', quote: 'that North Korean troops are fighting alongside Russian forces in the Kursk region', cue: 'has confirmed' }]);
    expect(a?.respondsTo).toBeUndefined();
  });
});
