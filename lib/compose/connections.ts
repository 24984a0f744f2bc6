/**
 * Who a conversation is with, and relationship buttons: the decisions, kept out of the guard so
 * they can be tested on their own. The adapters only supply the context (who, which action); the
 * analyser's contact-context rules decide, with the same compiled profile as every draft, so
 * `npm run eval` measures these decisions too.
 */
import type { CompiledProfile } from '../analyser/compiled-profile';
import type { AnalysisInput, ConnectAction, Finding } from '../analyser/types';
import type { Composer, ComposerContext, SiteAdapter } from '../adapters/types';

type Analyse = (input: AnalysisInput, profile: CompiledProfile) => Finding[];

export type ContactRule = 'minor-contact' | 'client-connection';

export interface ConnectionDecision {
  action: ConnectAction;
  finding: Finding & { rule: ContactRule };
}

function contactFinding(findings: readonly Finding[]): (Finding & { rule: ContactRule }) | undefined {
  return findings.find((f): f is Finding & { rule: ContactRule } => f.rule === 'minor-contact' || f.rule === 'client-connection');
}

/**
 * The first button-like element of a click's composed path, stopping at <body>: relationship
 * controls on the three sites are all buttons, role=button or (Facebook's Respond menu) menuitems.
 */
export function controlInPath(path: readonly EventTarget[], doc: Document): Element | null {
  for (const target of path) {
    if (!(target instanceof Element)) continue;
    if (target === doc.body || target === doc.documentElement) return null;
    const role = target.getAttribute('role');
    if (target.localName === 'button' || role === 'button' || role === 'menuitem') return target;
  }
  return null;
}

/**
 * Whether a click on `control` should be held: only when the adapter names a relationship action
 * on someone and the analyser raises minor-contact or client-connection. Synchronous, so a click
 * that is let through reaches the page in the same task. An empty register decides nothing.
 */
export function decideConnection(adapter: SiteAdapter, control: Element, doc: Document, analyse: Analyse, profile: CompiledProfile): ConnectionDecision | null {
  if (profile.register.isEmpty) return null;
  const hit = adapter.findRelationshipAction(control, doc);
  if (!hit) return null;
  let findings: Finding[];
  try {
    findings = analyse({ text: '', platform: adapter.id, surface: 'connect', account: 'personal', recipient: hit.recipient, action: hit.action }, profile);
  } catch {
    return null;
  }
  const finding = contactFinding(findings);
  return finding ? { action: hit.action, finding } : null;
}

export type NoticeKind = 'child-direct' | 'child-in-group';

/** A stable key for what the page says about who a conversation is with (for caching the decision). */
export function recipientKey(context: ComposerContext): string {
  return JSON.stringify([context.group ?? false, context.recipient ?? null]);
}

/**
 * The standing notice for a conversation: a child on the register directly, or a group that
 * includes one. Asked of the analyser with an empty draft, so the notice and the pause at send
 * come from the same rule.
 */
export function noticeFor(adapter: SiteAdapter, composer: Composer, context: ComposerContext, analyse: Analyse, profile: CompiledProfile): NoticeKind | null {
  if (composer.surface !== 'message' || !context.recipient || profile.register.isEmpty) return null;
  let findings: Finding[];
  try {
    findings = analyse({ text: '', platform: adapter.id, surface: 'message', account: 'personal', recipient: context.recipient }, profile);
  } catch {
    return null;
  }
  const finding = contactFinding(findings);
  if (finding?.rule !== 'minor-contact') return null;
  return context.group || context.recipient.participants ? 'child-in-group' : 'child-direct';
}
