// A bare "the company", "the group", "the agency", "the newspaper", "the network" is the body of its kind named last within a few sentences (the first
// one named in that sentence), nearer than one whose own name ends in the head; not a campaign, a foundation or a
// school for "the company", not a country for "the agency", and never after "his"/"her"/"its".
import { describe, expect, it } from 'vitest';
import { resolvedSpeakers } from './entities-helpers';
import { nameAfter, polnearText } from './polnear-text';

const WHOLE_FOODS = '“I was shocked to see that level,” said Tyler Besecker, president of Mercer Island-based Dana F. Besecker '
  + 'Company, the largest buyer of Pacific halibut. The price is “as low as I’ve ever seen.”\n\nFresh halibut fillets '
  + 'routinely sell for $24 to $28 a pound, and often more.\n\nA Whole Foods spokeswoman declined to comment on pricing. The '
  + 'temporary halibut discount is one of more than 300 such Prime promotions Whole Foods plans in the next few months. The '
  + 'company also said it was lowering prices across the store, its third such announcement since the acquisition.';

const nameOf = (text: string, speaker: string, quote: string): string => resolvedSpeakers(text, [{ speaker, quote }])[0]!.name;

describe('a bare body description', () => {
  it('is the company named last, not one named once in a person\'s role ("The company also said …", a saved Seattle Times page)', () => {
    expect(nameOf(WHOLE_FOODS, 'The company', 'it was lowering prices')).toBe('Whole Foods');
  });

  it('is the company named in the sentence before ("United Technologies is not hurting … But the company says", PolNeAR train)', () => {
    const text = polnearText('train', 'nyt_2016-03-21_factory-workers-feel-sting-of-gl');
    expect(nameAfter(text, 'and 1980s. But ')).toBe('United Technologies');
  });

  it('is the foundation for "the group" ("The Trayvon Martin Foundation did not want to address …", PolNeAR train)', () => {
    const text = 'The Trayvon Martin Foundation did not want to address “that person,” telling Fox 35 that the organization is '
      + 'focused on “ending senseless gun violence.” “This election season, we are laser focused on furthering that '
      + 'mission,” the group said.';
    expect(nameOf(text, 'the group', 'This election season')).toBe('Trayvon Martin Foundation');
  });

  it('is the department for "the agency" ("… during her time at the State Department … The agency released", PolNeAR train)', () => {
    const text = 'More than 1,200 emails from Hillary Clinton\'s private server during her time at the State Department have '
      + 'now been deemed classified. The agency released roughly 5,500 more pages of emails from the private server.';
    expect(nameOf(text, 'The agency', 'released roughly')).toBe('State Department');
  });

  it('is not a campaign for "the company" ("… the Clinton campaign said. The company said", left as the description)', () => {
    const text = 'The ad ran in Ohio, the Clinton campaign said on Monday. The company said it would pull the ad.';
    expect(nameOf(text, 'The company', 'it would pull')).toBe('company');
  });

  it('is not a country for "the agency" ("… to Mexico. The agency said", left as the description)', () => {
    const text = 'The jobs will be moved to Mexico next year. The agency said it would review the decision.';
    expect(nameOf(text, 'The agency', 'it would review')).toBe('agency');
  });

  it('is no body named before after a possessive ("Trump’s part, his organization has argued", PolNeAR train)', () => {
    const text = 'The Parks and Recreation Department said the department would follow City Hall’s lead. For Trump’s part, his '
      + 'organization has argued that its contracts are protected.';
    expect(nameOf(text, 'his organization', 'that its contracts')).toBe('his organization');
  });
});

describe('a bare "the campaign"', () => {
  it('is the campaign named last with its candidate ("an email thread with Cruz’s campaign, … but the campaign refused", PolNeAR train)', () => {
    const text = 'In a back-and-forth email thread with Cruz’s campaign, Breitbart News asked several times whether Sen. Cruz '
      + 'disavowed Lindsey Graham’s endorsement, but the campaign refused to answer on multiple occasions.';
    expect(nameOf(text, 'the campaign', 'refused to answer')).toBe('Cruz campaign');
  });

  it('is "Clinton campaign" after "Clinton campaign officials defend …" (PolNeAR train)', () => {
    const text = 'Clinton campaign officials defend their Latino voter strategy, including the decision not to begin airing '
      + 'ads on Spanish-language television until later this month. The campaign has been aiming digital advertising at '
      + 'Latino voters since the spring.';
    expect(nameOf(text, 'The campaign', 'has been aiming')).toBe('Clinton campaign');
  });

  it('is no one after "Her campaign" or a campaign named by no name ("in her last campaign speech … the campaign told")', () => {
    const text = 'Her campaign has endorsed the plan. On Tuesday, in her last campaign speech before the holiday, Clinton plans '
      + 'to call for more spending, the campaign told USA TODAY.';
    expect(nameOf(text, 'the campaign', 'Clinton plans')).toBe('campaign');
  });

  it('is the news medium named last for "the network" ("CNN was quick to push back … the network said", PolNeAR train)', () => {
    const text = 'CNN was quick to push back after Ted Cruz blamed the network for reporting that Ben Carson was suspending his '
      + 'campaign ahead of the Iowa caucuses. In a statement, the network said that Cruz\'s description was "false."';
    expect(nameOf(text, 'the network', 'that Cruz')).toBe('CNN');
  });

  it('is the tabloid for "the paper" ("the nationalist Global Times tabloid noted … As the paper noted", PolNeAR train)', () => {
    const text = 'But as the nationalist Global Times tabloid noted in an op-ed Thursday, the leading GOP candidate "has '
      + 'surprisingly earned himself a few fans in China." As the paper noted, it is surprising because Trump has not always '
      + 'been kind to China.';
    expect(nameOf(text, 'the paper', 'it is surprising')).toBe('Global Times');
  });

  it('is no news medium for "the paper" where none is named ("the white paper is strikingly straightforward", PolNeAR train)', () => {
    const text = 'For a government not known for its transparency, the white paper is strikingly straightforward. For instance, '
      + 'the paper notes the government monitors 20,000 of Saudi Arabia\'s mosques.';
    expect(nameOf(text, 'the paper', 'the government monitors')).toBe('paper');
  });
});
