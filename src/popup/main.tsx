import { render } from 'preact';
import { browser, findTargetTabId, sendToTab } from '../browser-api';
import { Popup } from './Popup';
import type { TabConnection } from './tab-connection';

const connection: TabConnection = {
  findTargetTabId: () => findTargetTabId(location.search),
  send: sendToTab,
  openOptions: () => void browser.runtime.openOptionsPage(),
};

render(<Popup connection={connection} />, document.getElementById('app')!);
