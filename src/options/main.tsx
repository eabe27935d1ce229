import { render } from 'preact';
import { loadSettings, saveSettings } from '../browser-api';
import { Options } from './Options';

render(<Options load={loadSettings} save={saveSettings} />, document.getElementById('app')!);
