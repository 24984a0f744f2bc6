import { useEffect, useId, useRef } from 'react';
import { t } from '../../components/guard/i18n';

/**
 * Shown at send when the composer no longer has the shape Second Look can read (the site
 * changed): the draft is not passed silently. It names no content, since none could be read.
 */
export function UnreadableCard({ onBack, onSendUnchecked }: { onBack(): void; onSendUnchecked(): void }) {
  const headingId = useId();
  const backRef = useRef<HTMLButtonElement>(null);
  useEffect(() => backRef.current?.focus(), []);
  return (
    <div
      role="dialog"
      aria-modal="true"
      aria-labelledby={headingId}
      className="sl-ui sl-card sl-pause-card sl-severity-warn"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onBack();
      }}
    >
      <div className="sl-card__body">
        <h2 id={headingId} className="sl-card__heading">
          {t('guard_unreadable_heading')}
        </h2>
        <p className="sl-why">{t('guard_unreadable_body')}</p>
      </div>
      <div className="sl-actions">
        <button ref={backRef} type="button" className="sl-button sl-button--primary" onClick={onBack}>
          {t('guard_unreadable_back')}
        </button>
        <button type="button" className="sl-button" onClick={onSendUnchecked}>
          {t('guard_unreadable_send')}
        </button>
      </div>
    </div>
  );
}
