// The JavaScript libraries a reader might otherwise reach for, run on the same text in the same process.
// wink-nlp's readDoc tokenises, splits sentences and tags entities; compromise finds quotation marks.
// Neither finds speakers: they are a speed reference, not a quality one.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import nlp from 'compromise';

export type Analyser = (text: string) => unknown;

export function winkReadDoc(): Analyser {
  const wink = winkNLP(model);
  return (text) => wink.readDoc(text).tokens().length();
}

export function compromiseQuotations(): Analyser {
  return (text) => nlp(text).quotations().length;
}
