// The toolbar badge: how many statements the content script found in a tab. Cleared when the tab
// starts loading a new page. Takes the action API as a parameter so tests can drive it without a browser.
import { isContentToBackground } from '../messages';

export interface BadgeApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
}

/** What a message's sender says about itself, as runtime.onMessage reports it. */
export interface MessageSender {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** Deep ink-blue, readable with the white badge text in light and dark toolbars. */
export const BADGE_COLOUR = '#24408e';

/** The badge holds about four characters; 0 shows nothing, so pages without quotes stay quiet. */
export function badgeTextFor(count: number): string {
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

export function createBadge(api: BadgeApi, extensionId: string) {
  return {
    /** Handles `wsw:content-count`; returns false for anything else or from anyone else. */
    handleMessage(message: unknown, sender: MessageSender): boolean {
      // Only our own content script, in a tab's top frame, may set a tab's badge.
      if (sender.id !== extensionId) return false;
      const tabId = sender.tab?.id;
      if (typeof tabId !== 'number' || tabId < 0 || (sender.frameId ?? 0) !== 0) return false;
      if (!isContentToBackground(message)) return false;
      void api.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR }).catch(ignoreClosedTab);
      void api.setBadgeText({ tabId, text: badgeTextFor(message.count) }).catch(ignoreClosedTab);
      return true;
    },

    /** tabs.onUpdated: a page starting to load has no statements yet. */
    handleTabUpdated(tabId: number, changeInfo: { status?: string }): void {
      if (changeInfo.status === 'loading') void api.setBadgeText({ tabId, text: '' }).catch(ignoreClosedTab);
    },
  };
}

// The tab may close between the message and the call; there is nothing left to update then.
function ignoreClosedTab(): void {}
