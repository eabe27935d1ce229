// Settings: run by itself on article pages or only on request, and the sites where it never runs.
// Each change is saved at once to browser.storage.sync; the content scripts pick it up from there.
import { useEffect, useState } from 'preact/hooks';
import { normaliseHostname, type RunMode, type Settings } from '../settings';

interface OptionsProps {
  load(): Promise<Settings>;
  save(settings: Settings): Promise<void>;
}

export function Options({ load, save }: OptionsProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState('');

  useEffect(() => void load().then(setSettings), [load]);
  if (!settings) return <p>Loading…</p>;

  const update = async (next: Settings, note: string) => {
    setSettings(next);
    try {
      await save(next);
      setMessage(note);
    } catch (error) {
      setMessage(`Could not save: ${String(error)}`);
    }
  };
  const setMode = (mode: RunMode) => void update({ ...settings, mode }, 'Saved.');
  const addSite = (event: Event) => {
    event.preventDefault();
    const host = normaliseHostname(draft);
    if (!host) return setMessage(`“${draft}” is not a site name, e.g. example.com`);
    setDraft('');
    if (settings.neverSites.includes(host)) return setMessage(`${host} is already on the list.`);
    void update({ ...settings, neverSites: [...settings.neverSites, host].sort() }, `Added ${host}.`);
  };
  const removeSite = (host: string) =>
    void update({ ...settings, neverSites: settings.neverSites.filter((h) => h !== host) }, `Removed ${host}.`);

  return (
    <main class="options">
      <fieldset>
        <legend>When to look for statements</legend>
        <label>
          <input type="radio" name="mode" value="auto" checked={settings.mode === 'auto'} onChange={() => setMode('auto')} />
          On every article page, by itself
        </label>
        <label>
          <input type="radio" name="mode" value="click" checked={settings.mode === 'click'} onChange={() => setMode('click')} />
          Only when I click the toolbar button and choose Run
        </label>
      </fieldset>

      <fieldset>
        <legend>Sites where it never runs by itself</legend>
        <form onSubmit={addSite} class="add-site">
          <label>
            <span class="visually-hidden">Site to add</span>
            <input
              type="text"
              name="site"
              placeholder="example.com"
              autocomplete="off"
              spellcheck={false}
              value={draft}
              onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
            />
          </label>
          <button type="submit">Add</button>
        </form>
        {settings.neverSites.length === 0 ? (
          <p class="muted">No sites yet. A site also covers its subdomains.</p>
        ) : (
          <ul class="sites">
            {settings.neverSites.map((host) => (
              <li key={host}>
                <span>{host}</span>
                <button type="button" aria-label={`Remove ${host}`} onClick={() => removeSite(host)}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <p class="muted" role="status" aria-live="polite">
        {message}
      </p>
    </main>
  );
}
