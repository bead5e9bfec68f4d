import { i18n } from '@/utils/i18n/messages';
import { useEffect, useId, useState } from 'preact/hooks';
import { sendMessage } from '@/utils/messaging/protocol';
import type { WatchedShow } from '@/utils/storage/watched-shows';
import { MAX_IMPORT_BYTES, tooLargeMessage, type HistoryFile, type ImportFormat } from '@/utils/watching/imports';
import { errorText } from './error-text';
import { IMPORT_SOURCES, startErrorText, TEXT } from './history-import-text';
import { ImportJobPanel } from './ImportJobPanel';
import { useImportJob } from './live-data';

type Message = { kind: 'ok' | 'error'; text: string } | null;
/** A Netflix full download waiting for the user to say whose history it is. */
type ProfileChoice = { files: HistoryFile[]; expect: ImportFormat; profiles: string[] };

/**
 * History imports: one file input per service, then the job the worker matches (saved in
 * storage.local, so closing this page loses nothing) with its preview and confirm button.
 */
export function HistoryImport({ shows }: { shows: WatchedShow[] | null }) {
  const loaded = useImportJob();
  const job = loaded?.ok ? loaded.state : null;
  const [message, setMessage] = useState<Message>(null);
  const [choice, setChoice] = useState<ProfileChoice | null>(null);
  const [busy, setBusy] = useState(false);

  // Reopened: say what happened to a saved job, and let the worker carry on matching.
  useEffect(() => {
    sendMessage('importResume')
      .then(({ notice }) => {
        if (notice) setMessage({ kind: 'error', text: notice });
      })
      .catch(() => undefined);
  }, []);

  async function start(files: HistoryFile[], expect: ImportFormat, profile?: string) {
    setBusy(true);
    try {
      const reply = await sendMessage('importStart', { files, expect, ...(profile ? { profile } : {}) });
      if (reply.ok) {
        setChoice(null);
        setMessage(null);
      } else if ('profiles' in reply) {
        setChoice({ files, expect, profiles: reply.profiles });
        setMessage({ kind: 'ok', text: reply.error });
      } else {
        setMessage({ kind: 'error', text: startErrorText(files.map((f) => f.name).join(', '), reply.error, reply.line) });
      }
    } catch (error) {
      setMessage({ kind: 'error', text: i18n.t('historyImport.startFailed', [errorText(error)]) });
    } finally {
      setBusy(false);
    }
  }

  async function choose(input: HTMLInputElement, expect: ImportFormat) {
    const chosen = [...(input.files ?? [])];
    // Choosing the same file again should start again.
    input.value = '';
    if (chosen.length === 0) return;
    setChoice(null);
    const tooBig = chosen.find((file) => file.size > MAX_IMPORT_BYTES);
    if (tooBig) {
      setMessage({ kind: 'error', text: startErrorText(tooBig.name, tooLargeMessage(tooBig.size)) });
      return;
    }
    try {
      const files = await Promise.all(chosen.map(async (file) => ({ name: file.name, text: await file.text() })));
      await start(files, expect);
    } catch (error) {
      setMessage({ kind: 'error', text: i18n.t('options.importExport.readFailed', [chosen.map((f) => f.name).join(', '), errorText(error)]) });
    }
  }

  const open = job !== null;
  return (
    <div class="history-import">
      <p>{TEXT.intro}</p>
      {open && <p class="hint">{TEXT.busy}</p>}
      <div class="import-sources">
        {IMPORT_SOURCES.map((source) => (
          <FileChoice key={source.format} {...source} disabled={open || busy} onChoose={(input) => void choose(input, source.format)} />
        ))}
      </div>
      {choice && <ProfilePicker choice={choice} onPick={(profile) => void start(choice.files, choice.expect, profile)} />}
      <div role="status" class="history-import-summary">
        {message?.kind === 'ok' && message.text}
      </div>
      {message?.kind === 'error' && (
        <div role="alert" class="error-box">
          <p>{message.text}</p>
        </div>
      )}
      {job && <ImportJobPanel job={job} shows={shows} onDone={(text) => setMessage({ kind: 'ok', text })} />}
    </div>
  );
}

function FileChoice(props: { label: string; hint: string; accept: string; multiple: boolean; disabled: boolean; onChoose(input: HTMLInputElement): void }) {
  const id = useId();
  return (
    <p class="file-choice">
      <label for={id}>{props.label}</label>
      <span class="hint" id={`${id}-hint`}>
        {props.hint}
      </span>
      <input
        id={id}
        type="file"
        accept={props.accept}
        multiple={props.multiple}
        disabled={props.disabled}
        aria-describedby={`${id}-hint`}
        onChange={(event) => props.onChoose(event.currentTarget)}
      />
    </p>
  );
}

function ProfilePicker({ choice, onPick }: { choice: ProfileChoice; onPick(profile: string): void }) {
  const id = useId();
  const [profile, setProfile] = useState(choice.profiles[0] ?? '');
  return (
    <p class="profile-choice">
      <label for={id}>{TEXT.profileLabel}</label>
      <select id={id} value={profile} onChange={(event) => setProfile(event.currentTarget.value)}>
        {choice.profiles.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>{' '}
      <button type="button" onClick={() => onPick(profile)}>
        {TEXT.profileButton}
      </button>
    </p>
  );
}
