import { useState } from 'preact/hooks';
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
      setMessage(outcome.ok ? `Greenlit now runs on ${host}.` : outcome.message);
    });
  };
  const onDisable = async () => {
    setBusy(true);
    const outcome = await disableSite(api, access.origin);
    setBusy(false);
    setMessage(outcome.ok ? `Greenlit no longer runs on ${host}. Reload the page to remove it.` : outcome.message);
  };

  return (
    <section class="site-access" aria-labelledby="site-access-heading">
      <h2 id="site-access-heading">This site</h2>
      {access.kind === 'available' ? (
        <>
          <p class="hint">Greenlit does not read {host} unless you allow it.</p>
          <button type="button" disabled={busy} onClick={onEnable}>
            Enable on this site
          </button>
        </>
      ) : (
        <>
          <p class="hint">You enabled Greenlit on {host}.</p>
          <button type="button" disabled={busy} onClick={onDisable}>
            Disable on this site
          </button>
        </>
      )}
      <p class="message" role="status">
        {message}
      </p>
    </section>
  );
}
