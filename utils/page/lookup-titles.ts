import type { TitleQuery } from '../shows/title-query';
import { sendMessage } from '../messaging/protocol';

/** One message per scan: the whole batch of titles goes to the background worker at once. */
export const lookupTitles = (titles: TitleQuery[]) => sendMessage('lookupTitles', { titles, site: location.hostname });
