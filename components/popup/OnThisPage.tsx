import { useEffect, useState } from 'preact/hooks';
import { i18n } from '@/utils/i18n/messages';
import { messageParts, SLOT } from '@/utils/i18n/locale';
import type { BadgedShow } from '@/utils/page/badges-on-page';
import { STATUS_GLYPHS, statusLabel } from '@/utils/shows/format';
import { showKey } from '@/utils/shows/show-ref';
import { enableSite, type SiteAccess, type SiteAccessApi } from '@/utils/site-access';

export interface OnThisPageProps {
  tabId: number | undefined;
  access: SiteAccess;
  badgesOnPage(tabId: number): Promise<BadgedShow[]>;
  api: SiteAccessApi;
}

type Listing = { kind: 'asking' } | { kind: 'shows'; shows: BadgedShow[] } | { kind: 'not-running' };

/**
 * The shows Greenlit badged on the active tab, each with its badge's word and colour and a link to
 * its card's TVmaze page; or why there are none. The page answers from its badges (badgesOnPage).
 */
export function OnThisPage({ tabId, access, badgesOnPage, api }: OnThisPageProps) {
  const [listing, setListing] = useState<Listing>({ kind: 'asking' });
  const [message, setMessage] = useState('');

  useEffect(() => {
    let live = true;
    if (tabId === undefined || access.kind === 'unsupported') {
      setListing({ kind: 'not-running' });
      return;
    }
    badgesOnPage(tabId).then(
      (shows) => live && setListing({ kind: 'shows', shows }),
      // No content script answered: a site Greenlit does not read, or a page that has not loaded it.
      () => live && setListing({ kind: 'not-running' }),
    );
    return () => {
      live = false;
    };
  }, [tabId, access.kind, badgesOnPage]);

  const enable = () => {
    if (access.kind !== 'available') return;
    // Asked for in the click itself: the permission prompt needs the user gesture.
    void enableSite(api, access.origin, tabId).then((outcome) => {
      setMessage(outcome.ok ? i18n.t('popup.nowRuns', [new URL(access.origin).host]) : outcome.message);
    });
  };

  return (
    <section class="on-this-page" aria-labelledby="on-this-page-heading">
      <h2 id="on-this-page-heading">{i18n.t('popup.onThisPage')}</h2>
      {listing.kind === 'asking' && <p class="hint">{i18n.t('popup.loading')}</p>}
      {listing.kind === 'shows' &&
        (listing.shows.length === 0 ? (
          <p class="hint">{i18n.t('popup.nothingSpotted')}</p>
        ) : (
          <ul class="page-shows">
            {listing.shows.map((show) => (
              <li key={showKey(show.ref)}>
                <a href={show.url} target="_blank" rel="noopener noreferrer" title={i18n.t('popup.openOnTvmaze', [show.name])}>
                  {show.name}
                </a>
                <span class={`badge status-${show.status}`}>
                  <span aria-hidden="true">{STATUS_GLYPHS[show.status]}</span> {statusLabel(show.status)}
                </span>
              </li>
            ))}
          </ul>
        ))}
      {listing.kind === 'not-running' &&
        (access.kind === 'available' ? (
          <p class="hint">
            {messageParts(i18n.t('popup.notOnThisSite', [SLOT[1]])).map((part) =>
              typeof part === 'number' ? (
                <button type="button" class="link" onClick={enable}>
                  {i18n.t('popup.enableIt')}
                </button>
              ) : (
                part
              ),
            )}
          </p>
        ) : (
          <p class="hint">{i18n.t('popup.notOnThisPage')}</p>
        ))}
      <p class="message" role="status">
        {message}
      </p>
    </section>
  );
}
