import { i18n } from '@/utils/i18n/messages';
import { useId } from 'preact/hooks';
import { updateWatchedShow, type WatchedShow } from '@/utils/storage/watched-shows';
import { ProgressEditor } from './ProgressEditor';
import { showKey } from '@/utils/shows/show-ref';
import { ShowStatus } from './ShowStatus';

export interface WatchedShowRowProps {
  show: WatchedShow;
  onRemove(show: WatchedShow): void;
}

export function WatchedShowRow({ show, onRemove }: WatchedShowRowProps) {
  const protectId = useId();
  const calendarId = useId();
  return (
    <li class="watched-show" data-show-id={showKey(show.ref)}>
      <div class="watched-show-head">
        <h3>{show.name}</h3>
        <ShowStatus show={show.ref} />
      </div>
      <div class="watched-show-controls">
        <ProgressEditor show={show.ref} showName={show.name} progress={show.progress} />
        <div class="checkbox">
          <input
            id={protectId}
            type="checkbox"
            checked={show.protectSpoilers}
            onChange={(event) => {
              const protectSpoilers = event.currentTarget.checked;
              void updateWatchedShow(show.ref, (current) => ({ ...current, protectSpoilers }));
            }}
          />
          <label for={protectId}>
            {i18n.t('options.watched.protect')}
            <span class="visually-hidden"> {i18n.t('options.watched.protectFor', [show.name])}</span>
          </label>
        </div>
        <div class="checkbox">
          <input
            id={calendarId}
            type="checkbox"
            checked={show.inCalendar}
            onChange={(event) => {
              const inCalendar = event.currentTarget.checked;
              void updateWatchedShow(show.ref, (current) => ({ ...current, inCalendar }));
            }}
          />
          <label for={calendarId}>
            {i18n.t('options.watched.inCalendar')}
            <span class="visually-hidden"> {i18n.t('options.watched.protectFor', [show.name])}</span>
          </label>
        </div>
        <button
          type="button"
          class="secondary"
          aria-label={i18n.t('options.watched.removeShow', [show.name])}
          onClick={() => onRemove(show)}
        >
          {i18n.t('options.watched.remove')}
        </button>
      </div>
    </li>
  );
}
