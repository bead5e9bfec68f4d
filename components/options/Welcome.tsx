import { useEffect, useRef } from 'preact/hooks';
import { i18n } from '@/utils/i18n/messages';

/** What the reader is told about each manifest permission (`covers` names the manifest entries). */
export const PERMISSION_NOTES = [
  { covers: ['content_scripts'], name: () => i18n.t('welcome.readSites'), why: () => i18n.t('welcome.readSitesWhy') },
  { covers: ['host_permissions'], name: () => i18n.t('welcome.tvmaze'), why: () => i18n.t('welcome.tvmazeWhy') },
  { covers: ['storage'], name: () => i18n.t('welcome.storage'), why: () => i18n.t('welcome.storageWhy') },
  { covers: ['alarms', 'notifications'], name: () => i18n.t('welcome.alarms'), why: () => i18n.t('welcome.alarmsWhy') },
  {
    covers: ['scripting', 'optional_host_permissions'],
    name: () => i18n.t('welcome.scripting'),
    why: () => i18n.t('welcome.scriptingWhy'),
  },
  { covers: ['activeTab'], name: () => i18n.t('welcome.activeTab'), why: () => i18n.t('welcome.activeTabWhy') },
];

export interface WelcomeProps {
  /** Moves to the show search, to add the shows the reader watches. */
  onAddShows(): void;
  onDismiss(): void;
}

/** The first-run welcome: what Greenlit does, what it may do and why, and where to start. */
export function Welcome({ onAddShows, onDismiss }: WelcomeProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Opened by the install: start reading here.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="welcome" aria-labelledby="welcome-heading">
      <h2 id="welcome-heading" ref={heading} tabIndex={-1}>
        {i18n.t('welcome.heading')}
      </h2>
      <p>{i18n.t('welcome.what')}</p>
      <h3>{i18n.t('welcome.permissionsHeading')}</h3>
      <dl class="permissions">
        {PERMISSION_NOTES.map((note) => (
          <div key={note.covers[0]}>
            <dt>{note.name()}</dt>
            <dd>{note.why()}</dd>
          </div>
        ))}
      </dl>
      <p>{i18n.t('welcome.next')}</p>
      <p class="welcome-actions">
        <button type="button" onClick={onAddShows}>
          {i18n.t('welcome.addShows')}
        </button>
        <button type="button" class="secondary" onClick={onDismiss}>
          {i18n.t('welcome.dismiss')}
        </button>
      </p>
    </section>
  );
}
