import type { ReactNode } from 'react';

export type NoticeTone = 'info' | 'success' | 'warning' | 'error';

/**
 * A message in a box. Errors and warnings interrupt a screen reader (role="alert"); good news
 * and information wait their turn (role="status").
 */
export function Notice({
  tone = 'info',
  title,
  children,
  className,
  live = true,
}: {
  tone?: NoticeTone;
  title?: ReactNode;
  children?: ReactNode;
  className?: string;
  /** False for notices that are part of the page rather than news. */
  live?: boolean;
}) {
  const role = !live ? undefined : tone === 'error' || tone === 'warning' ? 'alert' : 'status';
  return (
    <div className={`sl-notice sl-notice--${tone}${className ? ` ${className}` : ''}`} role={role}>
      {title ? <p className="sl-notice__title">{title}</p> : null}
      {children ? <div className="sl-notice__body">{children}</div> : null}
    </div>
  );
}
