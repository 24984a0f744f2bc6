import { useId, useRef, useState, type ReactNode } from 'react';

/**
 * Choose a file, or drop one on the box. The native file input does the work, so it is
 * reachable by keyboard and announced by screen readers; dropping is an extra, never the only way.
 */
export function FileDrop({
  label,
  hint,
  accept,
  onFile,
  disabled,
  buttonLabel,
}: {
  label: ReactNode;
  hint?: ReactNode;
  accept?: string;
  onFile(file: File): void;
  disabled?: boolean;
  buttonLabel: string;
}) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  return (
    <div
      className={`sl-drop${over ? ' sl-drop--over' : ''}`}
      onDragOver={(e) => {
        if (disabled) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const file = e.dataTransfer.files[0];
        if (file && !disabled) onFile(file);
      }}
    >
      <label htmlFor={id} className="sl-drop__label">
        {label}
      </label>
      {hint ? (
        <p className="sl-field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <input
        ref={input}
        id={id}
        type="file"
        className="sl-drop__input"
        accept={accept}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Reset so choosing the same file again (after fixing it) still fires.
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
      <span className="sl-drop__or" aria-hidden="true">
        {buttonLabel}
      </span>
    </div>
  );
}

/** Reads a chosen file as bytes; File.arrayBuffer is everywhere we run except old jsdom. */
export async function readFileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return new Uint8Array(await file.arrayBuffer());
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

export async function readFileText(file: Blob): Promise<string> {
  const bytes = await readFileBytes(file);
  return new TextDecoder('utf-8').decode(bytes);
}
