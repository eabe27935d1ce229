// Who may talk to the content script: only this extension's own pages (the popup), never a web page
// and never another tab's content script. The popup opened as a tab (deep links, e2e) has sender.tab,
// so the rule is "our id, and either no tab or a URL on our own origin".
import type { MessageSender } from './extension-port';

export function isFromExtensionPage(sender: MessageSender, runtimeId: string | undefined, extensionOrigin: string): boolean {
  if (!runtimeId || sender.id !== runtimeId) return false;
  if (sender.tab === undefined || sender.tab === null) return true;
  return typeof sender.url === 'string' && extensionOrigin.length > 0 && sender.url.startsWith(extensionOrigin);
}
