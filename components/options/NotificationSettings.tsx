import { i18n } from '@/utils/i18n/messages';
import { useId } from 'preact/hooks';
import { updateSettings, type Settings } from '@/utils/storage/settings';

export function NotificationSettings({ settings }: { settings: Settings | null }) {
  const id = useId();
  return (
    <div class="checkbox">
      <input
        id={id}
        type="checkbox"
        disabled={settings === null}
        checked={settings?.notificationsEnabled ?? false}
        onChange={(event) => void updateSettings({ notificationsEnabled: event.currentTarget.checked })}
      />
      <label for={id}>{i18n.t('options.notifications.notify')}</label>
    </div>
  );
}
