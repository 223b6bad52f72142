import type { NumberField as Field } from '@/lib/options/settings-form';
import type { SettingsStore } from '@/lib/options/settings-store';

interface NumberFieldProps {
  settings: SettingsStore;
  field: Field;
  label: string;
  hint?: string;
  min: number;
  max: number;
  placeholder?: string;
}

/** A whole-number field, checked as you type; the schema's message shows under it and is read with it. */
export function NumberField({ settings, field, label, hint, min, max, placeholder }: NumberFieldProps) {
  const id = `field-${field.replaceAll('.', '-')}`;
  const error = settings.errors.value[field];
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div class="field" data-invalid={error ? 'true' : 'false'}>
      <label for={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        placeholder={placeholder}
        value={settings.form.value?.numbers[field] ?? ''}
        aria-invalid={error ? 'true' : 'false'}
        aria-describedby={describedBy || undefined}
        onInput={(event) => settings.setNumber(field, event.currentTarget.value)}
        data-testid={id}
      />
      {hint && (
        <p id={`${id}-hint`} class="field__hint muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="field__error" data-testid={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
