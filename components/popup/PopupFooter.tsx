import { i18n } from '@/utils/i18n/messages';
import { messageParts, SLOT } from '@/utils/i18n/locale';

export interface PopupFooterProps {
  openOptions(): void;
}

export function PopupFooter({ openOptions }: PopupFooterProps) {
  return (
    <footer>
      <button type="button" class="link" onClick={openOptions}>
        {i18n.t('popup.settings')}
      </button>
      <p class="credit">
        {messageParts(i18n.t('popup.showDataFrom', [SLOT[1]])).map((part) =>
          typeof part === 'number' ? (
            <a href="https://www.tvmaze.com/" target="_blank" rel="noopener noreferrer">
              TVmaze
            </a>
          ) : (
            part
          ),
        )}
      </p>
    </footer>
  );
}
