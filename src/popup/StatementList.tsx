// Speakers, most statements first, each with its statements. A statement is a button: Enter, Space
// or a click scrolls the page to it.
import type { StatementView } from '../messages';
import { filterStatements, groupBySpeaker, KIND_LABEL, STANCE_LABEL } from './speaker-groups';

interface StatementListProps {
  statements: StatementView[];
  query: string;
  onPick(id: string): void;
}

export function StatementList({ statements, query, onPick }: StatementListProps) {
  const groups = groupBySpeaker(filterStatements(statements, query));
  if (groups.length === 0) return <p class="notice">No statement matches the filter.</p>;
  return (
    <ul class="speakers" data-testid="speakers">
      {groups.map((group) => (
        <li class="speaker" key={group.key} data-testid="speaker">
          <h2 class="speaker__heading">
            <span class="speaker__name" data-testid="speaker-name">
              {group.name}
            </span>
            <span class="speaker__count">{group.statements.length}</span>
          </h2>
          <p class="speaker__about">{[group.type, group.role].filter(Boolean).join(' · ')}</p>
          <ul class="statements">
            {group.statements.map((s) => (
              <li key={s.id}>
                <button type="button" class={`statement statement--${s.stance}`} data-wsw-id={s.id} onClick={() => onPick(s.id)}>
                  <span class="statement__excerpt">{`“${s.excerpt}”`}</span>
                  <span class="statement__tags">
                    <span class="tag">{KIND_LABEL[s.kind]}</span>
                    <span class={`tag tag--${s.stance}`}>{STANCE_LABEL[s.stance]}</span>
                    {s.cue ? <span class="tag tag--cue">{s.cue}</span> : null}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
