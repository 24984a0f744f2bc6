/**
 * What the overlay shows, as plain data: the guard computes it, the overlay (a React tree inside
 * one closed shadow root) renders it. Nothing here is ever written into the page's DOM.
 */
import type { Audience, ConnectionAction, Mark, SendAnywayReason, Severity } from '../../components/guard/types';
import type { Finding } from '../analyser/types';

/** Where a card or badge goes, in viewport pixels (the overlay root is fixed at the viewport's origin). */
export interface Anchor {
  left: number;
  /** Card hangs below this line… */
  top?: number;
  /** …or sits above this distance from the viewport's bottom edge. */
  bottom?: number;
  maxWidth: number;
  maxHeight: number;
}

export interface BadgeView {
  id: string;
  left: number;
  top: number;
  count: number;
  severity: 'block' | 'warn';
  onOpen(): void;
}

export type CardView =
  | {
      kind: 'finding';
      at: Anchor;
      finding: Finding;
      excerpt?: string;
      autoFocus: boolean;
      onClose(): void;
      onApplySafer?(): void;
      onSelect?(): void;
    }
  | {
      kind: 'pause';
      at: Anchor;
      findings: Finding[];
      audience: Audience;
      canApplySafer: boolean;
      onEdit(): void;
      onApplySafer(): void;
      onSendAnyway(reason: SendAnywayReason): void;
      onReportWrong(finding: Finding): void;
      onCopySafer?(): void;
    }
  | {
      /** A relationship button held: friend, accept, follow or message someone on the register. */
      kind: 'connection';
      at: Anchor;
      rule: 'minor-contact' | 'client-connection';
      action: ConnectionAction;
      severity: Severity;
      onCancel(): void;
      onGoAhead?(reason: SendAnywayReason): void;
    }
  | {
      kind: 'unreadable';
      at: Anchor;
      onBack(): void;
      onSendUnchecked(): void;
    };

/** The standing notice above a conversation's composer (a child on the register, or a group with one). */
export interface NoticeView {
  id: string;
  kind: 'child-direct' | 'child-in-group';
  at: Anchor;
}

export interface OverlayModel {
  organisationName: string;
  safeguardingLead?: string;
  marks: Mark[];
  badges: BadgeView[];
  card: CardView | null;
  notices: NoticeView[];
}

export const EMPTY_OVERLAY: OverlayModel = { organisationName: '', marks: [], badges: [], card: null, notices: [] };

/** What the guard needs from the overlay. The real one is lib/compose/overlay.tsx; tests use a fake. */
export interface OverlayPort {
  render(model: OverlayModel): void;
  /** A hidden element inside the closed shadow root, for textarea mirrors. */
  scratch(): HTMLElement | null;
  /** Whether a node (or event target) is our overlay host. */
  isOwnNode(node: unknown): boolean;
  /** Makes sure the host is in the page (re-attached if the page removed it). */
  ensureMounted(): void;
  /** Calls back each time the overlay (re)mounts: textarea marks need its scratch element. */
  onMounted(callback: () => void): void;
}
