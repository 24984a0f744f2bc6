/**
 * The React pieces the compose guard shows on Facebook, X and WhatsApp Web, inside a closed
 * shadow root. Styles: import `components/guard/guard.css` in the content script
 * (`cssInjectionMode: 'ui'`). Strings: `card_*` keys in `lib/public/_locales/en/messages.json`.
 */
export { MarksLayer } from './marks-layer';
export { Badge } from './badge';
export { FindingCard } from './finding-card';
export { PauseCard } from './pause-card';
export { ContactNotice } from './contact-notice';
export { ConnectionPauseCard } from './connection-pause-card';
export { describeAudience } from './audience';
export { t } from './i18n';
export { SEND_ANYWAY_REASONS } from './types';
export type {
  Audience,
  BadgeProps,
  ConnectionAction,
  ConnectionPauseCardProps,
  ContactNoticeProps,
  Finding,
  FindingCardProps,
  Mark,
  MarkRect,
  MarksLayerProps,
  PauseCardProps,
  SendAnywayReason,
  Severity,
} from './types';
