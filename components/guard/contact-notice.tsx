import { useId } from 'react';
import { t } from './i18n';
import { Icon } from './icons';
import type { ContactNoticeProps } from './types';

/**
 * A standing notice in a conversation with a young person the organisation supports. It does
 * not interrupt: it says what the policy asks instead, and stays while the chat is open.
 */
export function ContactNotice({ kind, organisationName, onDismiss, safeguardingLead }: ContactNoticeProps) {
  const headingId = useId();
  const prefix = kind === 'child-direct' ? 'card_notice_direct' : 'card_notice_group';
  const leadName = safeguardingLead?.trim();
  return (
    <section
      role="region"
      aria-labelledby={headingId}
      className={`sl-ui sl-notice sl-notice--${kind}`}
    >
      <Icon name="shield" className="sl-notice__icon" />
      <div className="sl-notice__body">
        <h2 id={headingId} className="sl-notice__heading">
          {t(`${prefix}_title`, organisationName)}
        </h2>
        <p className="sl-notice__text">{t(`${prefix}_body`, organisationName)}</p>
        <ul className="sl-notice__steps">
          <li>{t(`${prefix}_step1`)}</li>
          <li>{t(`${prefix}_step2`)}</li>
          <li>{leadName ? t(`${prefix}_step3_lead`, leadName) : t(`${prefix}_step3`)}</li>
        </ul>
      </div>
      {onDismiss ? (
        <button type="button" className="sl-button sl-button--quiet sl-notice__dismiss" onClick={onDismiss}>
          {t('card_notice_dismiss')}
        </button>
      ) : null}
    </section>
  );
}
