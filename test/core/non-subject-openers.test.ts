// A word no subject opens with, where the speaker would begin — a conjunction or subordinator, an inverted auxiliary,
// an object pronoun, a subject fused with "is"/"am", an imperative verb — means the words before the cue are no
// speaker (train: 33 such statements, none right; dev 0 of 3). Sentences from PolNeAR dev and train.
import { describe, expect, it } from 'vitest';
import { statements } from './engine-helpers';

describe('words no subject opens with', () => {
  it('makes no statement of an imperative "let" ("Readers may not let editorials tell them …", dev)', () => {
    const text = 'Readers may not let editorials tell them how to vote, but they care enough to respond.';
    expect(statements(text).filter((s) => s.speaker?.startsWith('let'))).toEqual([]);
  });

  it('makes no statement of an inverted conditional ("Had the authorities found the posts …", train)', () => {
    const text = 'Had the authorities found the posts years ago, they might have kept her out of the country.';
    expect(statements(text).filter((s) => s.speaker?.startsWith('Had'))).toEqual([]);
  });

  it('makes no statement of "I\'m old enough to remember … declaring" (train)', () => {
    const text = "I'm old enough to remember President Jimmy Carter going on TV on April 18, 1977, declaring a ''moral equivalent of war'' against dependence on foreign oil.";
    expect(statements(text).filter((s) => s.speaker?.startsWith("I'm"))).toEqual([]);
  });

  it('makes no statement of "I’m going to read you the question: “…”" before a quotation (dev)', () => {
    const text = 'The health issue overall is very much a partisan issue, but that doesn’t account for almost the same numbers here, which, I’m going to read you the question: “As you know, Hillary Clinton left an event on September 11th earlier than scheduled due to health concerns. It was later revealed to be pneumonia.”';
    expect(statements(text).filter((s) => s.speaker?.startsWith('I’m'))).toEqual([]);
  });

  it('makes no statement of "That’s not unreasonable for taxi services" (saved page readability/salon-1)', () => {
    const text = 'That’s not unreasonable for taxi services, especially given the fact that they profit from publicly maintained roads and other public resources.';
    expect(statements(text).filter((s) => s.speaker?.startsWith('That’s'))).toEqual([]);
  });

  it('makes no statement of "What\'s complaining about …" (train)', () => {
    const text = "What's complaining about being ill-treated by the Fox News sponsors of the next debate supposed to accomplish?";
    expect(statements(text).filter((s) => s.speaker?.startsWith("What's"))).toEqual([]);
  });
});

describe('a subject denied by "no"', () => {
  it('makes no statement of "Although no group claimed responsibility, …" (saved page readability/wapo-1)', () => {
    const text = 'Although no group claimed responsibility, the bloodshed raised fears that militants linked to the Islamic State were expanding their operations.';
    expect(statements(text).filter((s) => s.speaker === 'group')).toEqual([]);
  });

  it('makes no statement of "So far, no terrorist organization has claimed responsibility …" (train)', () => {
    const text = 'So far, no terrorist organization has claimed responsibility for the heinous slaying, leading law enforcement authorities to question the motive.';
    expect(statements(text).filter((s) => s.speaker === 'terrorist organization')).toEqual([]);
  });
});
