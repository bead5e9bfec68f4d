import { useState } from 'preact/hooks';
import { i18n } from '@/utils/i18n/messages';
import { disableSite, enableSite, type SiteAccess, type SiteAccessApi } from '@/utils/site-access';

export interface SiteAccessControlProps {
  access: SiteAccess;
  tabId: number | undefined;
  api: SiteAccessApi;
}

export function SiteAccessControl({ access, tabId, api }: SiteAccessControlProps) {
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  if (access.kind === 'unsupported' || access.kind === 'built-in') return null;
  const host = new URL(access.origin).host;

  const onEnable = () => {
    // enableSite asks for the permission synchronously: this click is the user gesture it needs.
    const result = enableSite(api, access.origin, tabId);
    setBusy(true);
    void result.then((outcome) => {
      setBusy(false);
      setMessage(outcome.ok ? i18n.t('popup.nowRuns', [host]) : outcome.message);
    });
  };
  const onDisable = async () => {
    setBusy(true);
    const outcome = await disableSite(api, access.origin);
    setBusy(false);
    setMessage(outcome.ok ? i18n.t('popup.noLongerRuns', [host]) : outcome.message);
  };

  return (
    <section class="site-access" aria-labelledby="site-access-heading">
      <h2 id="site-access-heading">{i18n.t('popup.thisSite')}</h2>
      {access.kind === 'available' ? (
        <>
          <p class="hint">{i18n.t('popup.siteNotEnabled', [host])}</p>
          <button type="button" disabled={busy} onClick={onEnable}>
            {i18n.t('popup.enableOnSite')}
          </button>
        </>
      ) : (
        <>
          <p class="hint">{i18n.t('popup.siteEnabled', [host])}</p>
          <button type="button" disabled={busy} onClick={onDisable}>
            {i18n.t('popup.disableOnSite')}
          </button>
        </>
      )}
      <p class="message" role="status">
        {message}
      </p>
    </section>
  );
}
