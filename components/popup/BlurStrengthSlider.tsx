import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { i18n } from '@/utils/i18n/messages';
import { BLUR_STRENGTH_MAX, BLUR_STRENGTH_MIN } from '@/utils/storage/settings';

export interface BlurStrengthSliderProps {
  value: number;
  disabled?: boolean;
  onCommit(value: number): void;
}

/** Shows the value while dragging but saves on release, so open tabs re-blur once, not per pixel. */
export function BlurStrengthSlider({ value, disabled, onCommit }: BlurStrengthSliderProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  // The value it last saved: until settings echo it back, older values arriving (a late storage event
  // from another control's save) are stale and must not pull the thumb back under the user's finger.
  const saving = useRef<number | null>(null);
  useEffect(() => {
    if (saving.current !== null && value !== saving.current) return;
    saving.current = null;
    setDraft(value);
  }, [value]);
  return (
    <div class="slider-row">
      <label for={id}>{i18n.t('popup.blurStrength')}</label>
      <input
        id={id}
        type="range"
        min={BLUR_STRENGTH_MIN}
        max={BLUR_STRENGTH_MAX}
        step={1}
        value={draft}
        disabled={disabled}
        aria-valuetext={i18n.t('popup.blurPixels', draft, [draft])}
        onInput={(event) => setDraft(event.currentTarget.valueAsNumber)}
        onChange={(event) => {
          saving.current = event.currentTarget.valueAsNumber;
          onCommit(saving.current);
        }}
      />
      <output for={id} aria-hidden="true">
        {i18n.t('popup.blurPx', [draft])}
      </output>
    </div>
  );
}
