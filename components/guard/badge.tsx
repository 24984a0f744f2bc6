import { t } from './i18n';
import { Icon } from './icons';
import type { BadgeProps } from './types';

/**
 * The quiet signal by the composer: a count, not an alarm. The accessible name carries the
 * whole message ("2 things to check before you post") and includes the visible count.
 */
export function Badge({ count, severity, onOpen }: BadgeProps) {
  if (count <= 0) return null;
  const key = `card_badge_${severity}_${count === 1 ? 'one' : 'other'}`;
  return (
    <button
      type="button"
      className={`sl-ui sl-badge sl-badge--${severity}`}
      aria-label={count === 1 ? t(key) : t(key, String(count))}
      aria-haspopup="dialog"
      onClick={onOpen}
    >
      <Icon name={severity === 'block' ? 'alert' : 'eye'} className="sl-badge__icon" />
      <span className="sl-badge__count">{count}</span>
    </button>
  );
}
