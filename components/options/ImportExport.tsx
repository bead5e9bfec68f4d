import { useId, useState } from 'preact/hooks';
import { i18n } from '@/utils/i18n/messages';
import { formatList } from '@/utils/i18n/locale';
import { getWatchedShows } from '@/utils/storage/watched-shows';
import { exportFileName, exportWatchedShows } from '@/utils/watching/import-export';
import { importWatchedShowsFile, type ImportOutcome } from '@/utils/watching/import-watched';
import { downloadText } from './download';
import { errorText } from './error-text';

type Message = { kind: 'ok'; text: string } | { kind: 'error'; text: string } | null;

/** Export the watched list to a JSON file, or merge one in. */
export function ImportExport() {
  const [message, setMessage] = useState<Message>(null);
  const fileId = useId();

  async function exportList() {
    try {
      const shows = await getWatchedShows();
      downloadText(exportFileName(new Date()), exportWatchedShows(shows), 'application/json');
      setMessage({ kind: 'ok', text: i18n.t('options.importExport.exported', shows.length) });
    } catch (error) {
      setMessage({ kind: 'error', text: i18n.t('options.importExport.exportFailed', [errorText(error)]) });
    }
  }

  async function importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    setMessage(null);
    try {
      const outcome = await importWatchedShowsFile(await file.text(), file.size);
      setMessage(outcome.ok ? { kind: 'ok', text: importSummary(outcome) } : { kind: 'error', text: outcome.error });
    } catch (error) {
      setMessage({ kind: 'error', text: i18n.t('options.importExport.readFailed', [file.name, errorText(error)]) });
    } finally {
      // Choosing the same file again should import it again.
      input.value = '';
    }
  }

  return (
    <div class="import-export">
      <p>{i18n.t('options.importExport.intro')}</p>
      <p>
        <button type="button" onClick={() => void exportList()}>
          {i18n.t('options.importExport.export')}
        </button>
      </p>
      <p>
        <label for={fileId}>{i18n.t('options.importExport.importLabel')}</label>
        <input
          id={fileId}
          type="file"
          accept="application/json,.json"
          onChange={(event) => void importFile(event.currentTarget)}
        />
      </p>
      <div role="status" class="import-summary">
        {message?.kind === 'ok' && message.text}
      </div>
      {message?.kind === 'error' && (
        <div role="alert" class="error-box">
          {message.text.split('\n').map((line, index) => (
            <p key={index}>{line}</p>
          ))}
        </div>
      )}
    </div>
  );
}

export function importSummary(outcome: Extract<ImportOutcome, { ok: true }>): string {
  const { added, updated, unchanged } = outcome;
  if (added.length === 0 && updated.length === 0) {
    return unchanged > 0 ? i18n.t('options.importExport.nothingNew', unchanged) : i18n.t('options.importExport.noShows');
  }
  const parts = [
    added.length > 0 && i18n.t('options.importExport.added', added.length, [added.length, names(added)]),
    updated.length > 0 && i18n.t('options.importExport.updated', updated.length, [updated.length, names(updated)]),
    unchanged > 0 && i18n.t('options.importExport.upToDate', unchanged),
  ].filter((part): part is string => typeof part === 'string');
  return i18n.t('options.importExport.imported', [parts.join(i18n.t('options.importExport.partSeparator'))]);
}

function names(shows: readonly { name: string }[]): string {
  const shown = shows.slice(0, 5).map((s) => s.name);
  const more = shows.length - shown.length;
  return more > 0 ? formatList([...shown, i18n.t('options.importExport.more', more)]) : formatList(shown);
}
