import type { ReactElement } from 'react';
import type { IconName } from './rules';

type Glyph = IconName | 'globe' | 'people' | 'one-person' | 'eye' | 'check' | 'alert' | 'close';

// Simple 24×24 stroked shapes: distinct silhouettes per rule, so the card differs at a glance
// even for people who do not read the heading first.
const PATHS: Record<Glyph, ReactElement> = {
  person: (
    <>
      <circle cx="12" cy="8" r="4" />
      <path d="M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7" />
    </>
  ),
  phone: (
    <>
      <rect x="7" y="2.5" width="10" height="19" rx="2" />
      <path d="M10.5 18h3" />
    </>
  ),
  pin: (
    <>
      <path d="M12 21.5s-7-6.3-7-12a7 7 0 0 1 14 0c0 5.7-7 12-7 12z" />
      <circle cx="12" cy="9.5" r="2.5" />
    </>
  ),
  'id-card': (
    <>
      <rect x="2.5" y="5" width="19" height="14" rx="2" />
      <circle cx="8" cy="11" r="2" />
      <path d="M5 16c.6-1.6 1.7-2.3 3-2.3s2.4.7 3 2.3M14 10h5M14 13.5h4" />
    </>
  ),
  'school-bag': (
    <>
      <path d="M9 6V4.5a3 3 0 0 1 6 0V6" />
      <rect x="5" y="6" width="14" height="15" rx="3" />
      <path d="M9 13h6v4H9z" />
    </>
  ),
  overlap: (
    <>
      <circle cx="9" cy="10" r="5.5" />
      <circle cx="15" cy="10" r="5.5" />
      <circle cx="12" cy="15" r="5.5" />
    </>
  ),
  calendar: (
    <>
      <rect x="3.5" y="5" width="17" height="15.5" rx="2" />
      <path d="M3.5 10h17M8 3v4M16 3v4M8 14h3v3H8z" />
    </>
  ),
  speech: (
    <>
      <path d="M4 5h16v11H10l-4 4v-4H4z" />
      <circle cx="12" cy="9" r="1.8" />
      <path d="M9 13.5c.6-1.2 1.7-1.8 3-1.8s2.4.6 3 1.8" />
    </>
  ),
  shield: (
    <>
      <path d="M12 2.5 4.5 5.5v6c0 4.6 3.2 8.4 7.5 10 4.3-1.6 7.5-5.4 7.5-10v-6z" />
      <circle cx="12" cy="9.5" r="2" />
      <path d="M8.8 15.5c.7-1.5 1.8-2.3 3.2-2.3s2.5.8 3.2 2.3" />
    </>
  ),
  link: (
    <>
      <path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1" />
      <path d="M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" />
    </>
  ),
  lock: (
    <>
      <rect x="4.5" y="10.5" width="15" height="10.5" rx="2" />
      <path d="M8 10.5V7.5a4 4 0 0 1 8 0v3M12 14.5v2.5" />
    </>
  ),
  globe: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M3 12h18M12 3c2.5 2.7 3.7 5.7 3.7 9s-1.2 6.3-3.7 9c-2.5-2.7-3.7-5.7-3.7-9S9.5 5.7 12 3z" />
    </>
  ),
  people: (
    <>
      <circle cx="9" cy="8.5" r="3.2" />
      <circle cx="16.5" cy="9.5" r="2.6" />
      <path d="M3 20c0-3.6 2.7-5.8 6-5.8s6 2.2 6 5.8M15.5 14.3c3 0 5.5 1.8 5.5 5" />
    </>
  ),
  'one-person': (
    <>
      <circle cx="12" cy="8" r="3.5" />
      <path d="M5.5 20c0-3.8 2.9-6.2 6.5-6.2s6.5 2.4 6.5 6.2" />
    </>
  ),
  eye: (
    <>
      <path d="M2.5 12S6 5.5 12 5.5 21.5 12 21.5 12 18 18.5 12 18.5 2.5 12 2.5 12z" />
      <circle cx="12" cy="12" r="3" />
    </>
  ),
  check: <path d="M5 12.5 10 17l9-10" />,
  alert: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 7.5v5.5M12 16.2v.3" />
    </>
  ),
  close: <path d="M6 6l12 12M18 6 6 18" />,
};

/** Decorative only: every icon sits next to text that says the same thing. */
export function Icon({ name, className }: { name: Glyph; className?: string }) {
  return (
    <svg
      className={className ? `sl-icon ${className}` : 'sl-icon'}
      viewBox="0 0 24 24"
      width="24"
      height="24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[name]}
    </svg>
  );
}
