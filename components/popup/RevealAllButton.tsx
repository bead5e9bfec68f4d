import { useState } from 'preact/hooks';

export interface RevealAllButtonProps {
  tabId: number | undefined;
  revealAll(tabId: number): Promise<number>;
}

export const NOT_RUNNING_MESSAGE = 'Greenlit is not running on this page, so there is nothing to reveal.';

function revealedMessage(count: number): string {
  if (count === 0) return 'No hidden spoilers on this page.';
  return count === 1 ? 'Revealed 1 spoiler.' : `Revealed ${count} spoilers.`;
}

export function RevealAllButton({ tabId, revealAll }: RevealAllButtonProps) {
  const [message, setMessage] = useState('');
  const onClick = async () => {
    if (tabId === undefined) {
      setMessage(NOT_RUNNING_MESSAGE);
      return;
    }
    try {
      setMessage(revealedMessage(await revealAll(tabId)));
    } catch {
      // No content script answered: a browser page, a site Greenlit does not read, or not loaded yet.
      setMessage(NOT_RUNNING_MESSAGE);
    }
  };
  return (
    <div class="reveal-all">
      <button type="button" onClick={onClick}>
        Reveal all on this page
      </button>
      <p class="message" role="status">
        {message}
      </p>
    </div>
  );
}
