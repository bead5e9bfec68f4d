import { i18n } from '@/utils/i18n/messages';
import { useEffect, useId, useState } from 'preact/hooks';
import { updateWatchedShow, type EpisodeProgress } from '@/utils/storage/watched-shows';
import type { ShowRef } from '@/utils/shows/show-ref';
import { errorText } from './error-text';

export interface ProgressEditorProps {
  show: ShowRef;
  showName: string;
  progress: EpisodeProgress | null;
}

type Parsed = { ok: true; progress: EpisodeProgress | null } | { ok: false; error: string };

/** "Seen up to season _ episode _"; saved when a field is committed (change event). */
export function ProgressEditor({ show: ref, showName, progress }: ProgressEditorProps) {
  const [season, setSeason] = useState(progress ? String(progress.season) : '');
  const [episode, setEpisode] = useState(progress ? String(progress.episode) : '');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const id = useId();

  // Follow edits made elsewhere (another tab, an import).
  useEffect(() => {
    setSeason(progress ? String(progress.season) : '');
    setEpisode(progress ? String(progress.episode) : '');
  }, [progress?.season, progress?.episode]);

  async function save(nextSeason: string, nextEpisode: string) {
    const parsed = parseProgress(nextSeason, nextEpisode);
    if (!parsed.ok) {
      setMessage({ text: parsed.error, error: true });
      return;
    }
    if (sameProgress(parsed.progress, progress)) {
      setMessage(null);
      return;
    }
    try {
      await updateWatchedShow(ref, (show) => ({ ...show, progress: parsed.progress }));
      setMessage({ text: i18n.t(parsed.progress ? 'options.progress.saved' : 'options.progress.cleared'), error: false });
    } catch (error) {
      setMessage({ text: i18n.t('options.progress.saveFailed', [errorText(error)]), error: true });
    }
  }

  const invalid = message?.error ? true : undefined;
  return (
    <fieldset class="progress">
      <legend>
        {i18n.t('options.progress.seenUpTo')}
        <span class="visually-hidden"> {i18n.t('options.progress.inShow', [showName])}</span>
      </legend>
      <label for={`${id}-season`}>{i18n.t('options.progress.season')}</label>
      <input
        id={`${id}-season`}
        type="number"
        min={0}
        step={1}
        inputMode="numeric"
        value={season}
        aria-invalid={invalid}
        aria-describedby={`${id}-message`}
        onInput={(event) => setSeason(event.currentTarget.value)}
        onChange={(event) => void save(event.currentTarget.value, episode)}
      />
      <label for={`${id}-episode`}>{i18n.t('options.progress.episode')}</label>
      <input
        id={`${id}-episode`}
        type="number"
        min={0}
        step={1}
        inputMode="numeric"
        value={episode}
        aria-invalid={invalid}
        aria-describedby={`${id}-message`}
        onInput={(event) => setEpisode(event.currentTarget.value)}
        onChange={(event) => void save(season, event.currentTarget.value)}
      />
      <span id={`${id}-message`} role="status" class={message?.error ? 'field-message error-text' : 'field-message'}>
        {message?.text ?? ''}
      </span>
    </fieldset>
  );
}

/** Both empty clears the progress; a half-filled pair waits for the other number. */
export function parseProgress(season: string, episode: string): Parsed {
  const s = season.trim();
  const e = episode.trim();
  if (s === '' && e === '') return { ok: true, progress: null };
  if (s === '' || e === '') return { ok: false, error: i18n.t('options.progress.needBoth') };
  const seasonNumber = Number(s);
  const episodeNumber = Number(e);
  if (!isWhole(seasonNumber) || !isWhole(episodeNumber)) {
    return { ok: false, error: i18n.t('options.progress.wholeNumbers') };
  }
  return { ok: true, progress: { season: seasonNumber, episode: episodeNumber } };
}

const isWhole = (n: number) => Number.isInteger(n) && n >= 0;

function sameProgress(a: EpisodeProgress | null, b: EpisodeProgress | null): boolean {
  return a === b || (!!a && !!b && a.season === b.season && a.episode === b.episode);
}
