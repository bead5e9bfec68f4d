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
  // Settings arrive from two places (a save's answer and the storage watch) in no set order, so an older
  // value can land after a newer one. While the slider has focus the thumb is the user's; otherwise, until
  // settings echo the value it last saved, other values are stale. Neither may pull the thumb back.
  const saving = useRef<number | null>(null);
  const focused = useRef(false);
  useEffect(() => {
    if (value === saving.current) saving.current = null;
    if (focused.current || saving.current !== null) return;
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
        onFocus={() => (focused.current = true)}
        onBlur={() => (focused.current = false)}
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
