import { i18n } from '@/utils/i18n/messages';
import { useMemo, useState } from 'preact/hooks';
import { sendMessage } from '@/utils/messaging/protocol';
import type { WatchedShow } from '@/utils/storage/watched-shows';
import { jobProgress, previewImportJob, type ImportJobState } from '@/utils/watching/imports/import-job';
import { errorText } from './error-text';
import { CHANGE_TEXT, confirmLabel, importedText, linesText, progressLabel, progressText, SKIP_TEXT, TEXT } from './history-import-text';
import { ImportChoice } from './ImportChoice';

export interface ImportJobPanelProps {
  job: ImportJobState;
  shows: WatchedShow[] | null;
  /** The job is over (imported or cancelled); the sentence to show. */
  onDone(text: string): void;
}

/** An open import: "n of m" while the worker matches, then the preview and "Import …". */
export function ImportJobPanel({ job, shows, onDone }: ImportJobPanelProps) {
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const preview = useMemo(() => previewImportJob(job, shows ?? [], Date.now()), [job, shows]);
  const { done, total } = jobProgress(job);
  const ready = job.status === 'ready';
  const importing = preview.added + preview.updated + preview.unchanged;
  const leftOut = Object.values(job.picks).filter((pick) => pick === null).length;

  async function act(run: () => Promise<void>) {
    setSending(true);
    setError(null);
    try {
      await run();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setSending(false);
    }
  }

  const cancel = () =>
    act(async () => {
      await sendMessage('importCancel', { jobId: job.id });
      onDone(TEXT.cancelled);
    });
  const confirm = () =>
    act(async () => {
      const reply = await sendMessage('importConfirm', { jobId: job.id });
      if (reply.ok) onDone(importedText(reply));
      else setError(reply.error);
    });

  return (
    <section class="import-job" aria-labelledby="import-job-title">
      <h3 id="import-job-title">{i18n.t('historyImport.importing', [job.fileName])}</h3>
      <div class="import-progress">
        <progress max={Math.max(total, 1)} value={done} aria-label={TEXT.matching} />
        <span role="status">{ready ? i18n.t('historyImport.ready', [progressText(done, total)]) : i18n.t('historyImport.working', [progressText(done, total)])}</span>
        {job.waiting && <p class="hint">{job.waiting}</p>}
        <button type="button" class="secondary" disabled={sending} onClick={() => void cancel()}>
          {TEXT.cancel}
        </button>
      </div>

      {ready && (
        <>
          {(preview.ambiguous.length > 0 || preview.unmatched.length > 0) && (
            <section class="import-choices" aria-labelledby="import-choices-title">
              <h4 id="import-choices-title">
                {TEXT.choiceHeading} ({preview.ambiguous.length + preview.unmatched.length})
              </h4>
              <ul>
                {preview.ambiguous.map((row) => (
                  <ImportChoice key={row.index} jobId={job.id} index={row.index} entry={row.entry} candidates={row.candidates} />
                ))}
                {preview.unmatched.map((row) => (
                  <ImportChoice key={row.index} jobId={job.id} index={row.index} entry={row.entry} candidates={[]} reason={row.reason} />
                ))}
              </ul>
            </section>
          )}

          <section aria-labelledby="import-matched-title">
            <h4 id="import-matched-title">
              {TEXT.matchedHeading} ({preview.matched.length})
            </h4>
            {preview.matched.length > 0 && (
              <table class="import-matched">
                <thead>
                  <tr>
                    <th scope="col">{i18n.t('historyImport.column.show')}</th>
                    <th scope="col">{i18n.t('historyImport.column.network')}</th>
                    <th scope="col">{i18n.t('historyImport.column.year')}</th>
                    <th scope="col">{i18n.t('historyImport.column.progress')}</th>
                    <th scope="col">{i18n.t('historyImport.column.inFile')}</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.matched.map((row) => (
                    <tr key={row.index}>
                      <th scope="row">{row.show.name}</th>
                      <td>{row.show.network ?? '—'}</td>
                      <td>{row.show.year ?? '—'}</td>
                      <td>
                        {progressLabel(row.progress)} <span class="hint">({CHANGE_TEXT[row.change]})</span>
                      </td>
                      <td>
                        {row.entry.title}
                        {row.picked && <span class="hint"> · {i18n.t('historyImport.yourChoice')}</span>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {leftOut > 0 && <p class="hint">{TEXT.leftOut(leftOut)}</p>}
          </section>

          {preview.skipped.length > 0 && (
            <details class="import-skipped">
              <summary>
                {TEXT.skippedHeading} ({preview.skipped.length})
              </summary>
              <ul>
                {preview.skipped.map((line) => (
                  <li key={`${line.line}-${line.text}`}>
                    {linesText([line.line])}: {line.text || i18n.t('historyImport.emptyLine')} — {SKIP_TEXT[line.reason]}
                  </li>
                ))}
              </ul>
            </details>
          )}
          {job.errors.length > 0 && (
            <details class="import-skipped">
              <summary>
                {TEXT.errorsHeading} ({job.errors.length})
              </summary>
              <ul>
                {job.errors.map((problem) => (
                  <li key={problem.line}>{problem.message}</li>
                ))}
              </ul>
            </details>
          )}

          <p>
            <button type="button" disabled={sending || importing === 0} onClick={() => void confirm()}>
              {confirmLabel(importing)}
            </button>
            {importing === 0 && <span class="hint"> {TEXT.nothingToImport}</span>}
          </p>
        </>
      )}
      {error && (
        <div role="alert" class="error-box">
          <p>{error}</p>
        </div>
      )}
    </section>
  );
}
