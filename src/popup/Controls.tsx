// Filter box, the highlights switch for this tab, and the two exports.
import type { ContentState } from '../messages';
import { downloadText, exportFileName, toJson, toMarkdown } from './export';

interface ControlsProps {
  state: ContentState;
  query: string;
  setQuery(q: string): void;
  setHighlights(on: boolean): void;
}

export function Controls({ state, query, setQuery, setHighlights }: ControlsProps) {
  const save = (format: 'md' | 'json') => {
    const text = format === 'md' ? toMarkdown(state) : toJson(state);
    downloadText(document, text, exportFileName(state.url, format), format === 'md' ? 'text/markdown' : 'application/json');
  };
  return (
    <div class="controls">
      <label class="filter">
        <span class="visually-hidden">Filter statements</span>
        <input
          type="search"
          placeholder="Filter by speaker or words"
          value={query}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <div class="controls__row">
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            data-testid="highlights-switch"
            checked={state.highlightsOn}
            onChange={(e) => setHighlights((e.currentTarget as HTMLInputElement).checked)}
          />
          <span>Highlights on this page</span>
        </label>
        <span class="exports">
          <button type="button" onClick={() => save('md')} title="Save the list as Markdown">
            Markdown
          </button>
          <button type="button" onClick={() => save('json')} title="Save the list as JSON">
            JSON
          </button>
        </span>
      </div>
    </div>
  );
}
