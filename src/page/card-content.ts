// The card's content, built from plain data with createElement/textContent only: page text can never
// become markup here.
import type { StatementView } from '../messages';

const TYPE_LABELS: Record<string, string> = {
  person: 'person', organization: 'organization', government: 'government', media: 'media outlet',
  unnamed: 'unnamed source', unknown: 'source not named',
};
const STANCE_LABELS: Record<string, string> = { claim: 'claim', deny: 'denial', confirm: 'confirmation' };

function el(doc: Document, tag: string, className: string, text?: string): HTMLElement {
  const node = doc.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function buildCardContent(doc: Document, statement: StatementView, answered: StatementView | undefined): HTMLElement {
  const card = el(doc, 'div', 'card');
  card.setAttribute('role', 'tooltip');
  const who = el(doc, 'div', 'who', statement.speaker?.name || 'Unnamed source');
  who.appendChild(el(doc, 'span', 'type', TYPE_LABELS[statement.speaker?.type ?? 'unknown'] ?? ''));
  card.appendChild(who);
  if (statement.speaker?.role) card.appendChild(el(doc, 'div', 'role', statement.speaker.role));

  const meta = el(doc, 'div', 'meta');
  const parts = [statement.cue ? `“${statement.cue}”` : 'no cue word', statement.kind];
  meta.appendChild(doc.createTextNode(`${parts.join(' · ')} · `));
  meta.appendChild(el(doc, 'span', `stance-${statement.stance}`, STANCE_LABELS[statement.stance] ?? statement.stance));
  card.appendChild(meta);

  card.appendChild(el(doc, 'blockquote', 'excerpt', statement.excerpt));
  if (answered && statement.stance !== 'claim') {
    const answers = el(doc, 'div', 'answers', statement.stance === 'deny' ? 'Denies: ' : 'Confirms: ');
    answers.appendChild(el(doc, 'q', '', answered.excerpt));
    if (answered.speaker?.name) answers.appendChild(doc.createTextNode(` (${answered.speaker.name})`));
    card.appendChild(answers);
  }
  return card;
}
