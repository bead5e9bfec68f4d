import { useId } from 'preact/hooks';
import { i18n } from '@/utils/i18n/messages';
import type { Settings } from '@/utils/storage/settings';

type RevealOn = Settings['revealOn'];

export interface RevealModeChoiceProps {
  value: RevealOn;
  disabled?: boolean;
  onChange(value: RevealOn): void;
}

const OPTIONS: { value: RevealOn; label: () => string }[] = [
  { value: 'click', label: () => i18n.t('popup.revealOnClick') },
  { value: 'hover', label: () => i18n.t('popup.revealOnHover') },
];

export function RevealModeChoice({ value, disabled, onChange }: RevealModeChoiceProps) {
  const name = useId();
  return (
    <fieldset class="choice" disabled={disabled}>
      <legend>{i18n.t('popup.revealHeading')}</legend>
      {OPTIONS.map((option) => (
        <label key={option.value}>
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          {option.label()}
        </label>
      ))}
    </fieldset>
  );
}
