// What the popup needs from the browser, as an interface: main.tsx passes the real one, tests a fake.
import { isContentState, type ContentState, type PopupToContent } from '../messages';

export interface TabConnection {
  findTargetTabId(): Promise<number | null>;
  /** Rejects when no content script answers in that tab. */
  send(tabId: number, message: PopupToContent): Promise<unknown>;
  openOptions(): void;
}

export type Reply =
  | { kind: 'state'; state: ContentState }
  /** No content script answers: a browser page, a PDF, a store page, or a tab opened before install. */
  | { kind: 'unreachable' }
  /** Something answered, but not with a ContentState: treated as untrusted and ignored. */
  | { kind: 'malformed' };

export async function askTab(connection: TabConnection, tabId: number, message: PopupToContent): Promise<Reply> {
  let answer: unknown;
  try {
    answer = await connection.send(tabId, message);
  } catch {
    return { kind: 'unreachable' };
  }
  if (answer === undefined) return { kind: 'unreachable' };
  return isContentState(answer) ? { kind: 'state', state: answer } : { kind: 'malformed' };
}
