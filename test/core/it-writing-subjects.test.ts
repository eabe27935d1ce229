// An "it" that no speaking body claims is the writing that opens its sentence or the one before as its subject ("The
// email includes … At the bottom it reads"), not a body that writing names; unless a body is named in the pronoun's own
// sentence before it, which is the nearer "it".
import { describe, expect, it } from 'vitest';
import { resolvedSpeakers } from './entities-helpers';
import { nameAfter, polnearText } from './polnear-text';

describe('an "it" after a writing as subject', () => {
  it('is the email, not the party ("The email includes a photo of Cruz … At the bottom it reads", PolNeAR train)', () => {
    const text = polnearText('train', 'breitbart_2016-01-05_the-latest-cruz-to-give-away-eng');
    expect(nameAfter(text, 'At the bottom ')).toBe('email');
  });

  it('is the report, not the body it names ("The report also provided details … FDIC employees … It said", PolNeAR train)', () => {
    const text = polnearText('train', 'huff-post_2016-07-14_fdic-accused-of-covering-up-chin');
    expect(nameAfter(text, 'took sensitive documents with them. ')).toBe('report');
  });

  it('is the body named in its own sentence before it ("The report also suggested the U.S. … it thinks", a saved CNN page)', () => {
    const text = 'The report also suggested the U.S. might not be the "jobs machine" it thinks it is, when compared to other countries.';
    expect(resolvedSpeakers(text, [{ speaker: 'it', quote: 'it is, when compared', speakerAt: 0 }])[0]!.name).toBe('United States');
  });
});
