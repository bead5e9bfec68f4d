import { i18n } from '@/utils/i18n/messages';
import { useState } from 'preact/hooks';
import { removeCorrection, type Correction } from '@/utils/storage/corrections';
import { errorText } from './error-text';

/** Answers given to "Wrong show?" on badge cards. */
export function CorrectionsList({ corrections }: { corrections: Correction[] | null }) {
  const [message, setMessage] = useState('');

  async function remove(correction: Correction) {
    try {
      await removeCorrection(correction.titleKey, correction.site);
      setMessage(i18n.t('options.corrections.removed', [correction.titleKey]));
    } catch (error) {
      setMessage(i18n.t('options.corrections.removeFailed', [errorText(error)]));
    }
  }

  return (
    <div>
      <p>{i18n.t('options.corrections.intro')}</p>
      {corrections === null ? (
        <p>{i18n.t('options.corrections.loading')}</p>
      ) : corrections.length === 0 ? (
        <p>{i18n.t('options.corrections.empty')}</p>
      ) : (
        <table class="corrections">
          <thead>
            <tr>
              <th scope="col">{i18n.t('options.corrections.titleOnPage')}</th>
              <th scope="col">{i18n.t('options.corrections.where')}</th>
              <th scope="col">{i18n.t('options.corrections.shownAs')}</th>
              <th scope="col">
                <span class="visually-hidden">{i18n.t('options.corrections.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {corrections.map((correction) => (
              <tr key={`${correction.titleKey}@${correction.site ?? ''}`}>
                <td>{correction.titleKey}</td>
                <td>{correction.site ?? i18n.t('options.corrections.allSites')}</td>
                <td>{correctionTarget(correction)}</td>
                <td>
                  <button
                    type="button"
                    class="secondary"
                    aria-label={i18n.t('options.corrections.removeFor', [correction.titleKey])}
                    onClick={() => void remove(correction)}
                  >
                    {i18n.t('options.corrections.remove')}
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
  if (correction.ref === null) return i18n.t('actions.notAShow');
  return correction.name ?? i18n.t('options.corrections.tvmazeShow', [correction.ref.id]);
}
