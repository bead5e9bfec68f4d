import { i18n } from '@/utils/i18n/messages';
import { messageParts, SLOT } from '@/utils/i18n/locale';
import { TVMAZE_SITE } from '@/utils/sources/tvmaze/api-config';

export function TvmazeCredit() {
  const links = [<a href={TVMAZE_SITE}>TVmaze</a>, <a href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a>];
  return (
    <p class="credit">
      {messageParts(i18n.t('options.credit', [SLOT[1], SLOT[2]])).map((part) => (typeof part === 'number' ? links[part - 1] : part))}
    </p>
  );
}
