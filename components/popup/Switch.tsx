import { useId } from 'preact/hooks';

export interface SwitchProps {
  label: string;
  checked: boolean;
  disabled?: boolean;
  /** Extra text read after the label, e.g. the site a switch applies to. */
  description?: string;
  onChange(checked: boolean): void;
}

/** A native checkbox announced as a switch, so keyboard and screen readers get it for free. */
export function Switch({ label, checked, disabled, description, onChange }: SwitchProps) {
  const id = useId();
  const descriptionId = `${id}-description`;
  return (
    <div class="switch-row">
      <label class="switch" for={id}>
        <span class="switch-label">{label}</span>
        <input
          id={id}
          type="checkbox"
          role="switch"
          checked={checked}
          disabled={disabled}
          aria-describedby={description ? descriptionId : undefined}
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
        <span class="switch-track" aria-hidden="true" />
      </label>
      {description && (
        <p class="hint" id={descriptionId}>
          {description}
        </p>
      )}
    </div>
  );
}
