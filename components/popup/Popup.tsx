import { useEffect, useState } from 'preact/hooks';
import { i18n } from '@/utils/i18n/messages';
import { setDocumentLanguage } from '@/utils/i18n/locale';
import { siteAccessFor } from '@/utils/site-access';
import { getSettings, isSitePaused, updateSettings, watchSettings, type Settings } from '@/utils/storage/settings';
import { BlurStrengthSlider } from './BlurStrengthSlider';
import { OnThisPage } from './OnThisPage';
import { withSitePaused } from './paused-sites';
import type { ActiveTab, PopupServices } from './popup-services';
import { PopupFooter } from './PopupFooter';
import { RevealAllButton } from './RevealAllButton';
import { RevealModeChoice } from './RevealModeChoice';
import { SiteAccessControl } from './SiteAccessControl';
import { SnoozeControl } from './SnoozeControl';
import { Switch } from './Switch';

export interface PopupProps {
  services: PopupServices;
}

/** Hostname of an http(s) page; browser and extension pages have none to pause. */
function webHostname(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.hostname : null;
  } catch {
    return null;
  }
}

export function Popup({ services }: PopupProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [tab, setTab] = useState<ActiveTab | undefined>();

  useEffect(() => setDocumentLanguage(document), []);

  useEffect(() => {
    let live = true;
    void getSettings().then((loaded) => live && setSettings(loaded));
    services.activeTab().then(
      (active) => live && setTab(active),
      () => undefined,
    );
    const unwatch = watchSettings(setSettings);
    return () => {
      live = false;
      unwatch();
    };
  }, [services]);

  if (!settings) return <p class="loading">{i18n.t('popup.loading')}</p>;

  const save = (patch: Partial<Settings>) => void updateSettings(patch).then(setSettings);
  const hostname = webHostname(tab?.url);
  const blurOff = !settings.spoilerBlurEnabled;
  const access = siteAccessFor(tab?.url, services.siteAccessApi, settings.enabledSites);

  return (
    <main>
      <h1>Greenlit</h1>
      {tab !== undefined && (
        <OnThisPage tabId={tab.id} access={access} badgesOnPage={services.badgesOnPage} api={services.siteAccessApi} />
      )}
      <section aria-labelledby="spoilers-heading">
        <h2 id="spoilers-heading">{i18n.t('popup.spoilers')}</h2>
        <Switch
          label={i18n.t('popup.blurSpoilers')}
          checked={settings.spoilerBlurEnabled}
          onChange={(on) => save({ spoilerBlurEnabled: on })}
        />
        <BlurStrengthSlider
          value={settings.blurStrength}
          disabled={blurOff}
          onCommit={(value) => save({ blurStrength: value })}
        />
        <RevealModeChoice value={settings.revealOn} disabled={blurOff} onChange={(value) => save({ revealOn: value })} />
        <RevealAllButton tabId={tab?.id} revealAll={services.revealAll} />
      </section>
      <section aria-labelledby="badges-heading">
        <h2 id="badges-heading">{i18n.t('popup.badges')}</h2>
        <Switch
          label={i18n.t('popup.showBadges')}
          checked={settings.badgesEnabled}
          onChange={(on) => save({ badgesEnabled: on })}
        />
      </section>
      <section aria-labelledby="pause-heading">
        <h2 id="pause-heading">{i18n.t('popup.pause')}</h2>
        {hostname && (
          <Switch
            label={i18n.t('popup.pauseOnSite')}
            description={hostname}
            checked={isSitePaused(settings, hostname)}
            onChange={(paused) => save({ pausedSites: withSitePaused(settings.pausedSites, hostname, paused) })}
          />
        )}
        <SnoozeControl snoozedUntil={settings.snoozedUntil} now={services.now} onSnooze={(until) => save({ snoozedUntil: until })} />
      </section>
      <SiteAccessControl
        access={access}
        tabId={tab?.id}
        api={services.siteAccessApi}
      />
      <PopupFooter openOptions={services.openOptions} />
    </main>
  );
}
