// Before a tail ("…, one West Virginia official said"), an opening prepositional phrase is part of what was said; a
// connective or an adverb that opens the sentence is not. Sentences from PolNeAR dev.
import { describe, expect, it } from 'vitest';
import { statementQuoting } from './engine-helpers';

describe('opening phrases of a content before its tail', () => {
  it('keeps a prepositional phrase ("After some challenges, Mr. Clarke\'s reclamation work has been meeting …")', () => {
    const text = "After some challenges, Mr. Clarke's reclamation work has been meeting regulatory standards and even exceeding expectations by some measures, one West Virginia official said.";
    expect(statementQuoting(text, 'reclamation work').quote).toBe("After some challenges, Mr. Clarke's reclamation work has been meeting regulatory standards and even exceeding expectations by some measures");
  });

  it('leaves out a connective ("In addition, the campaign plans …")', () => {
    const text = 'In addition, the campaign plans to make more detailed medical records available soon, a spokesman announced Monday morning.';
    expect(statementQuoting(text, 'medical records').quote).toBe('the campaign plans to make more detailed medical records available soon');
  });

  it('leaves out an adverb ("However, slower growth in developed nations …")', () => {
    const text = 'However, slower growth in developed nations is being offset by slightly faster improvements in emerging economies, the IMF said.';
    expect(statementQuoting(text, 'slower growth').quote).toBe('slower growth in developed nations is being offset by slightly faster improvements in emerging economies');
  });
});

describe('opening phrases before a quotation that closes before its tail', () => {
  it('keep a prepositional phrase (`With thousands of vote counting systems, “there is no one single point of failure,” he said.`)', () => {
    const text = 'With thousands of vote counting systems, “there is no one single point of failure,” he said.';
    expect(statementQuoting(text, 'single point of failure').quote).toMatch(/^With thousands of vote counting systems, “there is no one single point of failure/);
  });
});
