import { useId, useState } from 'preact/hooks';
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
      setMessage({ kind: 'ok', text: `Exported ${countShows(shows.length)}.` });
    } catch (error) {
      setMessage({ kind: 'error', text: `Could not export: ${errorText(error)}` });
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
      setMessage({ kind: 'error', text: `Could not read ${file.name}: ${errorText(error)}` });
    } finally {
      // Choosing the same file again should import it again.
      input.value = '';
    }
  }

  return (
    <div class="import-export">
      <p>Move your list to another browser: export it to a file, then import that file there.</p>
      <p>
        <button type="button" onClick={() => void exportList()}>
          Export
        </button>
      </p>
      <p>
        <label for={fileId}>Import a Greenlit export file</label>
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
    return unchanged > 0 ? `Nothing to import: all ${countShows(unchanged)} already match your list.` : 'The file has no shows to import.';
  }
  const parts = [
    added.length > 0 && `added ${countShows(added.length)} (${names(added)})`,
    updated.length > 0 && `updated ${countShows(updated.length)} (${names(updated)})`,
    unchanged > 0 && `${unchanged} already up to date`,
  ].filter(Boolean);
  return `Imported: ${parts.join('; ')}.`;
}

const countShows = (n: number) => `${n} ${n === 1 ? 'show' : 'shows'}`;

function names(shows: readonly { name: string }[]): string {
  const shown = shows.slice(0, 5).map((s) => s.name);
  return shows.length > shown.length ? `${shown.join(', ')} and ${shows.length - shown.length} more` : shown.join(', ');
}
