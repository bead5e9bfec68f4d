import { useState } from 'preact/hooks';
import { removeCorrection, type Correction } from '@/utils/storage/corrections';
import { errorText } from './error-text';

/** Answers given to "Wrong show?" on badge cards. */
export function CorrectionsList({ corrections }: { corrections: Correction[] | null }) {
  const [message, setMessage] = useState('');

  async function remove(correction: Correction) {
    try {
      await removeCorrection(correction.titleKey, correction.site);
      setMessage(`Removed the correction for “${correction.titleKey}”.`);
    } catch (error) {
      setMessage(`Could not remove the correction: ${errorText(error)}`);
    }
  }

  return (
    <div>
      <p>When a badge names the wrong show, “Wrong show?” on its card lets you pick the right one.</p>
      {corrections === null ? (
        <p>Loading corrections…</p>
      ) : corrections.length === 0 ? (
        <p>No corrections yet.</p>
      ) : (
        <table class="corrections">
          <thead>
            <tr>
              <th scope="col">Title on the page</th>
              <th scope="col">Where</th>
              <th scope="col">Shown as</th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {corrections.map((correction) => (
              <tr key={`${correction.titleKey}@${correction.site ?? ''}`}>
                <td>{correction.titleKey}</td>
                <td>{correction.site ?? 'all sites'}</td>
                <td>{correctionTarget(correction)}</td>
                <td>
                  <button type="button" class="secondary" onClick={() => void remove(correction)}>
                    Remove<span class="visually-hidden"> the correction for {correction.titleKey}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p role="status">{message}</p>
    </div>
  );
}

function correctionTarget(correction: Correction): string {
  if (correction.ref === null) return 'Not a show';
  return correction.name ?? `TVmaze show ${correction.ref.id}`;
}
