import { i18n } from '@/utils/i18n/messages';

/** Strings of the notice, worded when read. */
export const NOTICE_TEXT = {
  get heading() {
    return i18n.t('spoilerNotice.heading');
  },
  get show() {
    return i18n.t('spoilerNotice.show');
  },
};

export interface SpoilerNoticeProps {
  /** Why the article is blurred: "Fallout: you're at S1E2 — this recap covers S1E5". */
  reason: string;
  onShow(): void;
}

/** Above an article blurred for a watched show: says which show and why, and shows it on request. */
export function SpoilerNotice({ reason, onShow }: SpoilerNoticeProps) {
  return (
    <div class="notice" role="note" aria-label={NOTICE_TEXT.heading}>
      <span class="shield" aria-hidden="true">
        ◐
      </span>
      <p class="reason">
        <strong>{i18n.t('spoilerNotice.label', [NOTICE_TEXT.heading])}</strong> {reason}
      </p>
      <button type="button" class="show" onClick={onShow}>
        {NOTICE_TEXT.show}
      </button>
    </div>
  );
}
