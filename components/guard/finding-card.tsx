import { useId } from 'react';
import { CardTop } from './card-top';
import { t } from './i18n';
import { ruleClass, variantOf } from './rules';
import type { FindingCardProps } from './types';
import { useDialog } from './use-dialog';

/**
 * One finding, opened from the badge or a mark: what it is, why the organisation's policy asks
 * for care, and what to do instead. Non-modal: the composer stays usable beside it.
 */
export function FindingCard({ finding, organisationName, onClose, onApplySafer, onSelect, excerpt, autoFocus = false }: FindingCardProps) {
  const variant = variantOf(finding.rule);
  const headingId = useId();
  const explanationId = useId();
  const { containerRef, onKeyDown } = useDialog<HTMLElement>({
    initialFocus: autoFocus ? 'container' : undefined,
    onEscape: onClose,
  });
  const suggestion = finding.suggestion?.trim();

  return (
    <section
      ref={containerRef}
      role="dialog"
      aria-labelledby={headingId}
      aria-describedby={explanationId}
      // Focusable itself so that, opened from the badge, a screen reader starts at the heading.
      tabIndex={-1}
      className={`sl-ui sl-card sl-finding-card sl-layout-${variant.layout} ${ruleClass(finding.rule)} sl-severity-${finding.severity}`}
      onKeyDown={onKeyDown}
    >
      <CardTop
        icon={variant.icon}
        eyebrow={t(finding.severity === 'block' ? 'card_severity_block' : 'card_severity_warn')}
        severity={finding.severity}
        headingId={headingId}
        heading={t(`card_rule_${variant.stem}_heading`)}
      />
      <div className="sl-card__body">
        <p id={explanationId} className="sl-explanation">
          {finding.explanation}
        </p>
        {excerpt ? (
          <p className="sl-excerpt">
            <span className="sl-excerpt__label">{t('card_you_wrote')}</span> <mark className="sl-excerpt__text" dir="auto">
              {excerpt}
            </mark>
          </p>
        ) : null}
        <p className="sl-why">{t(`card_rule_${variant.stem}_why`, organisationName)}</p>
        <h3 className="sl-subheading">{t('card_what_you_can_do')}</h3>
        <p className="sl-todo">{suggestion ? t('card_try_instead', suggestion) : t(`card_rule_${variant.stem}_todo`)}</p>
      </div>
      <div className="sl-actions">
        {suggestion && onApplySafer ? (
          <button type="button" className="sl-button sl-button--primary" onClick={onApplySafer}>
            {t('card_apply_this')}
          </button>
        ) : null}
        {onSelect ? (
          <button type="button" className="sl-button" onClick={onSelect}>
            {t('card_show_in_post')}
          </button>
        ) : null}
        <button type="button" className="sl-button sl-button--quiet" onClick={onClose}>
          {t('card_close')}
        </button>
      </div>
    </section>
  );
}
