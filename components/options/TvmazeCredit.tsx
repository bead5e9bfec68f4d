import { TVMAZE_SITE } from '@/utils/sources/tvmaze/api-config';

export function TvmazeCredit() {
  return (
    <p class="credit">
      Show data from <a href={TVMAZE_SITE}>TVmaze</a>, licensed under{' '}
      <a href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a>.
    </p>
  );
}
