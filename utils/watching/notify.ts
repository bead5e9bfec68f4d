import { browser } from 'wxt/browser';
import { i18n } from '../i18n/messages';
import { formatList } from '../i18n/locale';
import { changeText } from './change-text';
import { unseenCount, type StatusChange } from './recent-changes';

export const NOTIFICATION_PREFIX = 'greenlit-change:';
/** Beyond this many changes in one run, one summary notification instead of a pile. */
export const MAX_SEPARATE_NOTIFICATIONS = 3;
/** Chrome requires an icon for basic notifications; a green dot, inline so no asset is needed. */
const ICON_URL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAYAAABXAvmHAAAAmElEQVR42u3ayw2AMAwE0fRBKRRH6VABSiAfezdjifu8G9iUwhjNcZ13yyMZnQ7TGx4GGR2+FDI7fhpiVfgUSFT8EER0fDdCGpAl/hciW/xnhDQga3wzQhqQPb6KABAJUIl/RQAAAAAAAADSAN6FAGzyTeD/SclWgt2Q4XZu3+Wu/Hrd4sBhcWKyOfJZnFltDt02vxownfMAKI3p9wPtuvUAAAAASUVORK5CYII=';
const BADGE_COLOR = '#1b7f3b';

export function isChangeNotification(id: string): boolean {
  return id.startsWith(NOTIFICATION_PREFIX);
}

/** Notifications for the changes of one run: one each, or one summary when there are many. */
export function notificationMessages(changes: readonly StatusChange[]): { id: string; message: string }[] {
  if (changes.length <= MAX_SEPARATE_NOTIFICATIONS) {
    return changes.map((c) => ({ id: NOTIFICATION_PREFIX + c.id, message: changeText(c) }));
  }
  const names = formatList(changes.slice(0, 2).map((c) => c.name));
  return [{ id: `${NOTIFICATION_PREFIX}summary:${changes[0]!.at}`, message: i18n.t('notifications.many', [changes.length, names]) }];
}

export async function showChangeNotifications(changes: readonly StatusChange[]): Promise<void> {
  for (const { id, message } of notificationMessages(changes)) {
    await browser.notifications.create(id, { type: 'basic', iconUrl: ICON_URL, title: 'Greenlit', message });
  }
}

export function badgeText(count: number): string {
  return count === 0 ? '' : count > 99 ? '99+' : String(count);
}

/** Toolbar icon count of unseen changes. MV3 has `action`, Firefox MV2 `browserAction`. */
export async function showUnseenCount(changes: readonly StatusChange[]): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  if (!action) return;
  const count = unseenCount(changes);
  await action.setBadgeText({ text: badgeText(count) });
  if (count > 0) await action.setBadgeBackgroundColor({ color: BADGE_COLOR });
}
