import { useId, useState } from 'react';
import { t } from './i18n';
import { SEND_ANYWAY_REASONS, type SendAnywayReason } from './types';

type Props = {
  /** Message-key prefix for the four reason labels ("card_reason_" or "card_connect_reason_"). */
  reasonPrefix: string;
  toggleLabel: string;
  prompt: string;
  onPick(reason: SendAnywayReason): void;
};

/**
 * "Send anyway" stays one step behind Edit: a disclosure, then one tap on a reason both records
 * why and goes ahead. Most prompts are overridden (anchors.md §3.1), so overriding must be quick
 * and never shaming, but it should not be the first thing the eye lands on.
 */
export function ReasonPicker({ reasonPrefix, toggleLabel, prompt, onPick }: Props) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const promptId = useId();
  return (
    <div className="sl-reasons">
      <button
        type="button"
        className="sl-button sl-button--quiet sl-reasons__toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((value) => !value)}
      >
        {toggleLabel}
      </button>
      <div id={listId} className="sl-reasons__panel" hidden={!open}>
        <p id={promptId} className="sl-reasons__prompt">
          {prompt}
        </p>
        <div role="group" aria-labelledby={promptId} className="sl-reasons__list">
          {SEND_ANYWAY_REASONS.map((reason) => (
            <button key={reason} type="button" className="sl-button sl-button--reason" onClick={() => onPick(reason)}>
              {t(`${reasonPrefix}${reason.replace(/-/g, '_')}`)}
            </button>
          ))}
        </div>
        <p className="sl-reasons__privacy">{t('card_reason_privacy')}</p>
      </div>
    </div>
  );
}
