import { i18n } from '@/utils/i18n/messages';
import { useState } from 'preact/hooks';
import { sendMessage } from '@/utils/messaging/protocol';
import { tvmazeRef } from '@/utils/shows/show-ref';
import type { TvmazeSearchResult } from '@/utils/sources/tvmaze/schemas';
import type { ShowCandidate } from '@/utils/watching/imports/merge-plan';
import type { ImportEntry } from '@/utils/watching/imports/types';
import { errorText } from './error-text';
import { linesText, progressLabel, TEXT } from './history-import-text';
import { ShowCombobox, type ChooseOutcome } from './ShowCombobox';
import { toProgress } from '@/utils/watching/imports/merge-plan';

export interface ImportChoiceProps {
  jobId: string;
  index: number;
  entry: ImportEntry;
  /** Same-name shows the worker found; empty when it found none. */
  candidates: ShowCandidate[];
  /** Why matching failed, when it did. */
  reason?: string;
}

function candidateOf({ show }: TvmazeSearchResult): ShowCandidate {
  return {
    ref: tvmazeRef(show.id),
    name: show.name,
    network: show.network?.name ?? show.webChannel?.name ?? null,
    year: Number(show.premiered?.slice(0, 4)) || null,
  };
}

const describe = (c: ShowCandidate) => [c.network, c.year].filter(Boolean).join(', ');

/** One title the import could not settle: the same-name shows, the "Add a show" search, or leave it out. */
export function ImportChoice({ jobId, index, entry, candidates, reason }: ImportChoiceProps) {
  const [error, setError] = useState<string | null>(null);

  async function pick(show: ShowCandidate | null): Promise<void> {
    setError(null);
    try {
      const reply = await sendMessage('importPick', { jobId, index, show });
      if (!reply.ok) setError(reply.error ?? i18n.t('historyImport.choiceNotSaved'));
    } catch (e) {
      setError(errorText(e));
    }
  }

  async function pickFromSearch(result: TvmazeSearchResult): Promise<ChooseOutcome> {
    await pick(candidateOf(result));
    return { message: i18n.t('historyImport.chosen', [result.show.name, entry.title]), done: false };
  }

  const seen = progressLabel(toProgress(entry.furthest));
  return (
    <li class="import-choice">
      <p>
        <strong>{entry.title}</strong>{' '}
        <span class="hint">
          ({i18n.t('historyImport.seenUpTo', [linesText(entry.sourceLines), seen])})
        </span>
      </p>
      <p class="hint">{reason ? i18n.t('historyImport.lookupFailed', [reason]) : candidates.length > 0 ? TEXT.ambiguousNote : TEXT.unmatchedNote}</p>
      {candidates.length > 0 && (
        <ul class="candidates" aria-label={i18n.t('historyImport.showsNamed', [entry.title])}>
          {candidates.map((candidate) => (
            <li key={candidate.ref.id}>
              <button type="button" class="secondary" onClick={() => void pick(candidate)}>
                {candidate.name}
                {describe(candidate) && ` (${describe(candidate)})`}
                <span class="visually-hidden"> {i18n.t('options.watched.protectFor', [entry.title])}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <ShowCombobox
        label={i18n.t('historyImport.pickFor', [entry.title])}
        hint={i18n.t('historyImport.pickHint')}
        initialQuery={entry.title}
        onChoose={pickFromSearch}
      />
      <button type="button" class="secondary" onClick={() => void pick(null)}>
        {TEXT.leaveOut}
        <span class="visually-hidden"> ({entry.title})</span>
      </button>
      {error && (
        <p role="alert" class="error-text">
          {error}
        </p>
      )}
    </li>
  );
}
