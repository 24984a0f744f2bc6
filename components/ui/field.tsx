import { useId, type ReactNode } from 'react';

interface BaseProps {
  label: ReactNode;
  hint?: ReactNode;
  /** Shown under the field, tied to it with aria-describedby, and marks it invalid. */
  error?: string | undefined;
  className?: string;
}

export interface TextFieldProps extends BaseProps {
  value: string;
  onChange(value: string): void;
  type?: 'text' | 'email' | 'tel' | 'url' | 'password' | 'date' | 'time' | 'search';
  multiline?: boolean;
  rows?: number;
  required?: boolean;
  autoComplete?: string;
  /** "auto" for anything a person types: names in Arabic or Hebrew read right to left. */
  dir?: 'auto' | 'ltr' | 'rtl';
  placeholder?: string;
  inputMode?: 'text' | 'tel' | 'email' | 'numeric' | 'url' | 'search';
  list?: string;
  autoFocus?: boolean;
  spellCheck?: boolean;
  name?: string;
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

export function TextField({
  label,
  hint,
  error,
  className,
  value,
  onChange,
  type = 'text',
  multiline = false,
  rows = 3,
  required = false,
  dir = 'auto',
  ...rest
}: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const common = {
    id,
    value,
    required,
    dir,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(hint !== undefined && hintId, error && errorId),
    ...rest,
  };
  return (
    <div className={`sl-field${error ? ' sl-field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className="sl-field__label">
        {label}
        {required ? <span className="sl-field__required"> *</span> : null}
      </label>
      {hint !== undefined ? (
        <p id={hintId} className="sl-field__hint">
          {hint}
        </p>
      ) : null}
      {multiline ? (
        <textarea {...common} rows={rows} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type={type} onChange={(e) => onChange(e.target.value)} />
      )}
      {error ? (
        <p id={errorId} className="sl-field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export interface SelectFieldProps<V extends string> extends BaseProps {
  value: V;
  onChange(value: NoInfer<V>): void;
  options: readonly { value: NoInfer<V>; label: string }[];
}

export function SelectField<V extends string>({ label, hint, error, className, value, onChange, options }: SelectFieldProps<V>) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={`sl-field${error ? ' sl-field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className="sl-field__label">
        {label}
      </label>
      {hint !== undefined ? (
        <p id={hintId} className="sl-field__hint">
          {hint}
        </p>
      ) : null}
      <select
        id={id}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint !== undefined && hintId, error && errorId)}
        onChange={(e) => onChange(e.target.value as V)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error ? (
        <p id={errorId} className="sl-field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export interface RadioGroupProps<V extends string> {
  legend: ReactNode;
  hint?: ReactNode;
  name: string;
  value: V | undefined;
  onChange(value: NoInfer<V>): void;
  options: readonly { value: NoInfer<V>; label: ReactNode; hint?: ReactNode }[];
  disabled?: boolean;
  inline?: boolean;
  className?: string;
}

export function RadioGroup<V extends string>({ legend, hint, name, value, onChange, options, disabled, inline, className }: RadioGroupProps<V>) {
  const id = useId();
  return (
    <fieldset
      className={`sl-radios${inline ? ' sl-radios--inline' : ''}${className ? ` ${className}` : ''}`}
      aria-describedby={hint !== undefined ? `${id}-hint` : undefined}
      disabled={disabled}
    >
      <legend className="sl-field__label">{legend}</legend>
      {hint !== undefined ? (
        <p id={`${id}-hint`} className="sl-field__hint">
          {hint}
        </p>
      ) : null}
      {options.map((o) => (
        <div key={o.value} className="sl-radio">
          <input
            type="radio"
            id={`${id}-${o.value}`}
            name={`${name}-${id}`}
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
            aria-describedby={o.hint !== undefined ? `${id}-${o.value}-hint` : undefined}
          />
          <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
          {o.hint !== undefined ? (
            <p id={`${id}-${o.value}-hint`} className="sl-field__hint sl-radio__hint">
              {o.hint}
            </p>
          ) : null}
        </div>
      ))}
    </fieldset>
  );
}

export function Checkbox({ label, checked, onChange, hint }: { label: ReactNode; checked: boolean; onChange(v: boolean): void; hint?: ReactNode }) {
  const id = useId();
  return (
    <div className="sl-check">
      <input
        type="checkbox"
        id={id}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        aria-describedby={hint !== undefined ? `${id}-hint` : undefined}
      />
      <label htmlFor={id}>{label}</label>
      {hint !== undefined ? (
        <p id={`${id}-hint`} className="sl-field__hint sl-radio__hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
