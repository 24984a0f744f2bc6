import { useId, useRef } from 'react';
import { CardTop } from './card-top';
import { t } from './i18n';
import { ReasonPicker } from './reason-picker';
import { ruleClass, variantOf } from './rules';
import type { ConnectionPauseCardProps } from './types';
import { useDialog } from './use-dialog';

/**
 * Shown before a friend request, accept, follow or message to someone on the register. It never
 * names the person (the page already does); it says what the policy asks instead. Warn: one tap
 * on a reason to go ahead. Block: no way to go ahead, and who to talk to.
 */
export function ConnectionPauseCard({
  rule,
  action,
  severity,
  organisationName,
  onCancel,
  onGoAhead,
  safeguardingLead,
}: ConnectionPauseCardProps) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const descriptionId = useId();
  const { containerRef, onKeyDown } = useDialog<HTMLDivElement>({ initialFocus: cancelRef, onEscape: onCancel, trapFocus: true });
  const variant = variantOf(rule);
  const actionKey = action.replace(/-/g, '_');
  const leadName = safeguardingLead?.trim();
  const canGoAhead = severity === 'warn' && onGoAhead !== undefined;

  return (
    <div
      ref={containerRef}
      role="dialog"
      aria-modal="true"
      aria-labelledby={headingId}
      aria-describedby={descriptionId}
      className={`sl-ui sl-card sl-connection-card sl-layout-${variant.layout} ${ruleClass(rule)} sl-severity-${severity}`}
      onKeyDown={onKeyDown}
    >
      <CardTop
        icon={variant.icon}
        eyebrow={t(severity === 'block' ? 'card_connect_severity_block' : 'card_connect_severity_warn')}
        severity={severity}
        headingId={headingId}
        heading={t(`card_connect_title_${actionKey}`)}
      />
      <div className="sl-card__body">
        <p id={descriptionId} className="sl-explanation">
          {t(`card_connect_who_${variant.stem}`, organisationName)}
        </p>
        <p className="sl-why">{t(`card_rule_${variant.stem}_why`, organisationName)}</p>
        <p className="sl-todo">{t(`card_connect_instead_${variant.stem}`)}</p>
      </div>
      <div className="sl-actions">
        <button ref={cancelRef} type="button" className="sl-button sl-button--primary" onClick={onCancel}>
          {t(`card_connect_cancel_${actionKey}`)}
        </button>
      </div>
      {severity === 'block' ? (
        <p className="sl-block-note">
          {leadName
            ? t('card_connect_block_note_lead', [organisationName, leadName])
            : t('card_connect_block_note', organisationName)}
        </p>
      ) : null}
      {canGoAhead ? (
        <ReasonPicker
          reasonPrefix="card_connect_reason_"
          toggleLabel={t('card_connect_go_ahead')}
          prompt={t('card_connect_go_ahead_prompt')}
          onPick={onGoAhead}
        />
      ) : null}
    </div>
  );
}
