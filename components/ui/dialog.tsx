import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog: focus moves in, stays in (Tab wraps), Escape closes, and focus returns to
 * whatever opened it. The page behind is hidden from screen readers while it is open.
 */
export function Dialog({
  title,
  children,
  onClose,
  initialFocus,
  className,
  describedBy,
}: {
  title: ReactNode;
  children: ReactNode;
  onClose(): void;
  initialFocus?: RefObject<HTMLElement | null>;
  className?: string;
  describedBy?: string;
}) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    const target = initialFocus?.current ?? ref.current?.querySelector<HTMLElement>(FOCUSABLE) ?? ref.current;
    target?.focus();
    const backdrop = ref.current?.closest('.sl-dialog-backdrop');
    const siblings = [...document.body.children].filter((el) => el !== backdrop);
    const hidden = siblings.filter((el) => !el.hasAttribute('inert') && el instanceof HTMLElement) as HTMLElement[];
    for (const el of hidden) el.setAttribute('aria-hidden', 'true');
    return () => {
      for (const el of hidden) el.removeAttribute('aria-hidden');
      if (opener && document.contains(opener)) opener.focus();
    };
    // Runs once per opening.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onCloseRef.current();
      return;
    }
    if (event.key !== 'Tab' || !ref.current) return;
    const items = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    if (!items.length) return;
    const first = items[0]!;
    const last = items[items.length - 1]!;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return createPortal(
    <div className="sl-dialog-backdrop">
      <div
        ref={ref}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={describedBy}
        className={`sl-dialog${className ? ` ${className}` : ''}`}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} className="sl-dialog__title">
          {title}
        </h2>
        {children}
      </div>
    </div>,
    document.body,
  );
}
