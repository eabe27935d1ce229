// "N to X" with a determiner before N is the subject, not X: a document addressed to someone, a delegation to a forum
// (session 12). Sentences from PolNeAR dev and train.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('a noun with "to" and its object before the verb', () => {
  it('is the subject with its object (Her submission to the court noted …)', () => {
    const text = 'Her submission to the court noted published reports alleging that she claimed during the divorce that he had raped her.';
    expect(statementQuoting(text, 'published reports').speaker).toBe('Her submission to the court');
  });

  it('is the subject with its object (A letter to platform committee members calls for …)', () => {
    const text = 'A letter to platform committee members calls for the party to respond to the massacre at a gay night club in Orlando by recognizing that “radical Islamic terrorism” poses an “existential threat” to freedom, especially to the freedom of LGBT people.';
    expect(statementQuoting(text, 'existential threat').speaker).toBe('A letter to platform committee members');
  });

  it('is the subject with its object (The deputy head of China’s delegation to the forum said …)', () => {
    const text = 'The deputy head of China’s delegation to the forum said the United States should reduce its provocative exercises and patrols in the region and said any attempts to isolate China would fail.';
    expect(statementQuoting(text, 'provocative exercises').speaker).toBe('The deputy head of China’s delegation to the forum');
  });
});
