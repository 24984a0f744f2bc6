import { useEffect, useId, useRef, useState } from 'react';
import { describeAudience } from './audience';
import { CardTop } from './card-top';
import { t } from './i18n';
import { Icon } from './icons';
import { ReasonPicker } from './reason-picker';
import { ruleClass, variantOf } from './rules';
import type { Finding, PauseCardProps } from './types';
import { activeElementFor, useDialog } from './use-dialog';

/**
 * Shown when someone presses send with findings still open. Says who will see it, what each
 * finding is and why, and offers Edit first. Send anyway (with a one-tap reason) is there for
 * warnings and absent for anything the policy blocks. No timers: a delay annoys without helping
 * (Wang et al., CHI 2014; anchors.md §3.4).
 */
export function PauseCard({
  findings,
  audience,
  organisationName,
  canApplySafer,
  onEdit,
  onApplySafer,
  onSendAnyway,
  onReportWrong,
  onCopySafer,
  safeguardingLead,
}: PauseCardProps) {
  const editRef = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const descriptionId = useId();
  const { containerRef, onKeyDown } = useDialog<HTMLDivElement>({ initialFocus: editRef, onEscape: onEdit, trapFocus: true });

  // Lead with what the policy blocks: that decides whether Send anyway is offered at all.
  const primary = findings.find((f) => f.severity === 'block') ?? findings[0];
  const blocked = findings.some((f) => f.severity === 'block');
  const variant = primary ? variantOf(primary.rule) : undefined;
  const audienceText = describeAudience(audience, organisationName);
  const hasSuggestion = findings.some((f) => f.suggestion?.trim());

  // If the guard drops a finding after "This is wrong", focus must not fall out of the card.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const active = activeElementFor(container);
    if (!active || !container.contains(active)) {
      const host = (container.getRootNode() as ShadowRoot).host as Element | undefined;
      if (active === null || active === container.ownerDocument.body || active === host) editRef.current?.focus();
    }
  }, [findings.length, containerRef]);

  const leadName = safeguardingLead?.trim();
  return (
    <div
      ref={containerRef}
      role="dialog"
      aria-modal="true"
      aria-labelledby={headingId}
      aria-describedby={descriptionId}
      className={`sl-ui sl-card sl-pause-card sl-layout-${variant?.layout ?? 'side'} ${primary ? ruleClass(primary.rule) : ''} sl-severity-${blocked ? 'block' : 'warn'}`}
      onKeyDown={onKeyDown}
    >
      <CardTop
        icon={variant?.icon ?? 'overlap'}
        eyebrow={t(blocked ? 'card_severity_block' : 'card_severity_warn')}
        severity={blocked ? 'block' : 'warn'}
        headingId={headingId}
        heading={variant ? t(`card_rule_${variant.stem}_heading`) : t('card_pause_heading_generic')}
      />
      <div className="sl-card__body">
        {variant ? (
          <p id={descriptionId} className="sl-why">
            {t(`card_rule_${variant.stem}_why`, organisationName)}
          </p>
        ) : (
          <p id={descriptionId} className="sl-why">
            {t('card_kept')}
          </p>
        )}

        <div className="sl-audience">
          <Icon name={audienceText.glyph} className="sl-audience__icon" />
          <p className="sl-audience__text">
            <span className="sl-audience__label">{t('card_audience_title')}</span>
            <span className="sl-audience__who">{audienceText.text}</span>
          </p>
        </div>

        {findings.length > 0 ? (
          <>
            <h3 className="sl-subheading">
              {findings.length === 1 ? t('card_pause_count_one') : t('card_pause_count_other', String(findings.length))}
            </h3>
            <ul className="sl-findings">
              {findings.map((finding, index) => (
                <FindingItem key={`${finding.rule}:${finding.start ?? 'case'}:${index}`} finding={finding} onReportWrong={onReportWrong} />
              ))}
            </ul>
          </>
        ) : null}

        {variant ? <p className="sl-kept">{t('card_kept')}</p> : null}
      </div>

      <div className="sl-actions">
        <button ref={editRef} type="button" className="sl-button sl-button--primary" onClick={onEdit}>
          {t('card_edit')}
        </button>
        {canApplySafer ? (
          <button type="button" className="sl-button" onClick={onApplySafer}>
            {t('card_apply_safer')}
          </button>
        ) : null}
        {onCopySafer && hasSuggestion ? (
          <button type="button" className="sl-button" onClick={onCopySafer}>
            {t('card_copy_safer')}
          </button>
        ) : null}
      </div>

      {/* Where Send anyway would be, so the reason it is missing is always in view. */}
      {blocked ? (
        <p className="sl-block-note">
          {leadName ? t('card_block_note_lead', [organisationName, leadName]) : t('card_block_note', organisationName)}
        </p>
      ) : (
        <ReasonPicker
          reasonPrefix="card_reason_"
          toggleLabel={t('card_send_anyway')}
          prompt={t('card_send_anyway_prompt')}
          onPick={onSendAnyway}
        />
      )}
    </div>
  );
}

function FindingItem({ finding, onReportWrong }: { finding: Finding; onReportWrong(finding: Finding): void }) {
  const variant = variantOf(finding.rule);
  const labelId = useId();
  const buttonId = useId();
  const [reported, setReported] = useState(false);
  const thanksRef = useRef<HTMLSpanElement>(null);
  const suggestion = finding.suggestion?.trim();

  // The button disappears once pressed, so focus moves to the thank-you rather than being lost.
  useEffect(() => {
    if (reported) thanksRef.current?.focus();
  }, [reported]);

  return (
    <li className={`sl-finding ${ruleClass(finding.rule)} sl-severity-${finding.severity}`}>
      <Icon name={variant.icon} className="sl-finding__icon" />
      <div className="sl-finding__body">
        <p id={labelId} className="sl-finding__label">
          {t(`card_rule_${variant.stem}_label`)}
        </p>
        <p className="sl-finding__explanation">{finding.explanation}</p>
        {suggestion ? <p className="sl-finding__suggestion">{t('card_pause_safer', suggestion)}</p> : null}
        {reported ? (
          <span ref={thanksRef} tabIndex={-1} className="sl-finding__reported" role="status">
            <Icon name="check" className="sl-finding__reported-icon" />
            {t('card_reported')}
          </span>
        ) : (
          <button
            id={buttonId}
            type="button"
            className="sl-button sl-button--link"
            // Named with the rule's label ("This is wrong, Contact details"), never the flagged words.
            aria-labelledby={`${buttonId} ${labelId}`}
            onClick={() => {
              setReported(true);
              onReportWrong(finding);
            }}
          >
            {t('card_report_wrong')}
          </button>
        )}
      </div>
    </li>
  );
}
