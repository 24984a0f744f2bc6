import type { Finding } from '../../lib/analyser/types';

export type { Finding } from '../../lib/analyser/types';

/** Who will see what is being written, as the site adapter reads it from the page. */
export type Audience = {
  kind: 'organisation-page' | 'personal-profile' | 'direct-message' | 'group-chat' | 'public-reply';
  platform: 'facebook' | 'x' | 'whatsapp';
  /** A name the page itself shows (the chat partner, the group, the author replied to). */
  recipientLabel?: string;
};

export type SendAnywayReason = 'consent-given' | 'not-someone-we-support' | 'already-public' | 'other';

/** The order reasons are offered in; "other" stays last so the specific ones are read first. */
export const SEND_ANYWAY_REASONS: readonly SendAnywayReason[] = [
  'consent-given',
  'not-someone-we-support',
  'already-public',
  'other',
];

export type Severity = 'block' | 'warn';

export type MarkRect = { left: number; top: number; width: number; height: number };

/** One flagged span, already measured by the adapter, relative to the overlay root. */
export type Mark = { id: string; rects: MarkRect[]; severity: Severity };

export type MarksLayerProps = { marks: Mark[] };

export type BadgeProps = { count: number; severity: Severity; onOpen(): void };

export type FindingCardProps = {
  finding: Finding;
  organisationName: string;
  onClose(): void;
  onApplySafer?(): void;
  onSelect?(): void;
  /**
   * Optional: the flagged words themselves. Shown as text inside the card only (never in an
   * attribute), for the person who wrote them; leave it out to show the explanation alone.
   */
  excerpt?: string;
  /** Optional: move focus into the card when it opens (true when opened from the badge). */
  autoFocus?: boolean;
};

export type PauseCardProps = {
  findings: Finding[];
  audience: Audience;
  organisationName: string;
  canApplySafer: boolean;
  onEdit(): void;
  onApplySafer(): void;
  onSendAnyway(reason: SendAnywayReason): void;
  onReportWrong(finding: Finding): void;
  onCopySafer?(): void;
  /** Optional: the safeguarding lead's name, so "who to ask" can name them. */
  safeguardingLead?: string;
};

export type ContactNoticeProps = {
  kind: 'child-direct' | 'child-in-group';
  organisationName: string;
  onDismiss?(): void;
  /** Optional: the safeguarding lead's name. */
  safeguardingLead?: string;
};

export type ConnectionAction = 'add-friend' | 'accept-friend' | 'follow' | 'message';

export type ConnectionPauseCardProps = {
  rule: 'minor-contact' | 'client-connection';
  action: ConnectionAction;
  severity: Severity;
  organisationName: string;
  onCancel(): void;
  onGoAhead?(reason: SendAnywayReason): void;
  /** Optional: the safeguarding lead's name. */
  safeguardingLead?: string;
};
