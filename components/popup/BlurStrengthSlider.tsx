import { useEffect, useId, useState } from 'preact/hooks';
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
  useEffect(() => setDraft(value), [value]);
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
        onChange={(event) => onCommit(event.currentTarget.valueAsNumber)}
      />
      <output for={id} aria-hidden="true">
        {i18n.t('popup.blurPx', [draft])}
      </output>
    </div>
  );
}
