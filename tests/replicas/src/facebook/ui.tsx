import type { KeyboardEvent, MouseEvent, ReactNode } from 'react';
import { noise, sx, type Style } from '../shared/atomic';
import { onLinkClick } from '../shared/router';

export const colours = { blue: '#1877f2', page: '#f0f2f5', card: '#ffffff', text: '#050505', muted: '#65676b', line: '#ced0d4', hover: '#e4e6eb' };

export const card: Style = { background: colours.card, borderRadius: 8, boxShadow: '0 1px 2px rgba(0,0,0,0.2)', padding: 12, marginBottom: 16 };

/**
 * Facebook's buttons are `div[role=button]` with a localised aria-label; they also activate on
 * Enter and Space while focused, which an extension has to intercept as well as clicks.
 */
export function RoleButton(props: {
  label: string;
  onPress?: () => void;
  disabled?: boolean;
  primary?: boolean;
  style?: Style;
  children?: ReactNode;
  id?: string;
  haspopup?: 'menu';
  expanded?: boolean;
}) {
  const press = (event: MouseEvent | KeyboardEvent) => {
    event.preventDefault();
    if (!props.disabled) props.onPress?.();
  };
  return (
    <div
      role="button"
      tabIndex={0}
      id={props.id}
      aria-label={props.label}
      aria-disabled={props.disabled ? 'true' : undefined}
      aria-haspopup={props.haspopup}
      aria-expanded={props.expanded}
      className={`${noise(`btn${props.label}`)} ${sx(
        {
          display: 'inline-flex',
          alignItems: 'center',
          justifyContent: 'center',
          gap: 6,
          padding: '0 12px',
          height: 36,
          borderRadius: 6,
          fontWeight: 600,
          fontSize: 15,
          cursor: props.disabled ? 'not-allowed' : 'pointer',
          userSelect: 'none',
          background: props.disabled ? colours.hover : props.primary ? colours.blue : colours.hover,
          color: props.disabled ? '#bcc0c4' : props.primary ? '#ffffff' : colours.text,
        },
        props.style,
      )}`}
      onClick={press}
      onKeyDown={(event) => {
        if ((event.key === 'Enter' || event.key === ' ') && event.target === event.currentTarget) press(event);
      }}
    >
      {props.children ?? <span>{props.label}</span>}
    </div>
  );
}

export function Link(props: { to: string; label?: string; children: ReactNode; style?: Style }) {
  return (
    <a
      href={props.to}
      role="link"
      tabIndex={0}
      aria-label={props.label}
      className={sx({ color: 'inherit', textDecoration: 'none', fontWeight: 600 }, props.style)}
      onClick={(event) => onLinkClick(event, props.to)}
    >
      {props.children}
    </a>
  );
}

export function Avatar(props: { name: string; size?: number }) {
  const size = props.size ?? 40;
  const hue = [...props.name].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 360, 7);
  return (
    <svg aria-hidden="true" width={size} height={size} viewBox="0 0 40 40" className={sx({ flexShrink: 0 })}>
      <circle cx="20" cy="20" r="20" fill={`hsl(${hue} 45% 55%)`} />
      <text x="20" y="26" textAnchor="middle" fontSize="16" fill="#fff" fontFamily="system-ui">
        {props.name
          .split(/\s+/)
          .map((part) => part[0] ?? '')
          .join('')
          .slice(0, 2)}
      </text>
    </svg>
  );
}
