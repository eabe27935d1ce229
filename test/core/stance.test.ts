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
    const text = 'Trump acknowledged the error. Clinton admitted the mistake. Cruz rejected the plan. Rubio dismissed the poll. Kasich refuted the charge.';
    const stances = withStance(text, [
      { speaker: 'Trump', quote: 'the error', cue: 'acknowledged' },
      { speaker: 'Clinton', quote: 'the mistake', cue: 'admitted' },
      { speaker: 'Cruz', quote: 'the plan', cue: 'rejected' },
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

  it('leaves respondsTo unset on a confirmation with nothing earlier to answer', () => {
    const text = 'Moscow has confirmed that North Korean troops are fighting alongside Russian forces in the Kursk region.';
    const [a] = withStance(text, [{ speaker: 'Moscow', quote: 'that North Korean troops are fighting alongside Russian forces in the Kursk region', cue: 'has confirmed' }]);
    expect(a?.respondsTo).toBeUndefined();
  });
});
