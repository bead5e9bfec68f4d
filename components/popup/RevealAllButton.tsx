import { useState } from 'preact/hooks';
import { i18n } from '@/utils/i18n/messages';

export interface RevealAllButtonProps {
  tabId: number | undefined;
  revealAll(tabId: number): Promise<number>;
}

export function RevealAllButton({ tabId, revealAll }: RevealAllButtonProps) {
  const [message, setMessage] = useState('');
  const onClick = async () => {
    if (tabId === undefined) {
      setMessage(i18n.t('popup.notRunning'));
      return;
    }
    try {
      setMessage(i18n.t('popup.revealed', await revealAll(tabId)));
    } catch {
      // No content script answered: a browser page, a site Greenlit does not read, or not loaded yet.
      setMessage(i18n.t('popup.notRunning'));
    }
  };
  return (
    <div class="reveal-all">
      <button type="button" onClick={onClick}>
        {i18n.t('popup.revealAll')}
      </button>
      <p class="message" role="status">
        {message}
      </p>
    </div>
  );
}
