import { Icon } from './icons';
import type { IconName } from './rules';
import type { Severity } from './types';

type Props = {
  icon: IconName;
  eyebrow: string;
  severity: Severity;
  headingId: string;
  heading: string;
};

/** Icon, severity label and heading: the part of every card that changes with the rule. */
export function CardTop({ icon, eyebrow, severity, headingId, heading }: Props) {
  return (
    <div className="sl-card__top">
      <span className="sl-card__icon">
        <Icon name={icon} />
      </span>
      <div className="sl-card__titles">
        <p className={`sl-eyebrow sl-eyebrow--${severity}`}>{eyebrow}</p>
        <h2 id={headingId} className="sl-card__heading">
          {heading}
        </h2>
      </div>
    </div>
  );
}
