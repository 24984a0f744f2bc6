import type { RuleId } from '../../lib/profile/rule-ids';

export type IconName =
  | 'person'
  | 'phone'
  | 'pin'
  | 'id-card'
  | 'school-bag'
  | 'overlap'
  | 'calendar'
  | 'speech'
  | 'shield'
  | 'link'
  | 'lock';

/**
 * Card layouts. Each rule gets its own heading, icon, accent and one of these layouts, because
 * a warning that looks the same every time stops being read after the second showing
 * (Anderson et al., CHI 2015; anchors.md §3.5).
 */
export type Layout = 'band' | 'side' | 'badge';

export type RuleVariant = {
  /** Message-key stem: Chrome message names allow only letters, digits and underscores. */
  stem: string;
  icon: IconName;
  layout: Layout;
};

export const RULE_VARIANTS: Readonly<Record<RuleId, RuleVariant>> = {
  'register-person': { stem: 'register_person', icon: 'person', layout: 'band' },
  'contact-detail': { stem: 'contact_detail', icon: 'phone', layout: 'side' },
  location: { stem: 'location', icon: 'pin', layout: 'badge' },
  'personal-identifier': { stem: 'personal_identifier', icon: 'id-card', layout: 'side' },
  'child-detail': { stem: 'child_detail', icon: 'school-bag', layout: 'band' },
  'identifying-combination': { stem: 'identifying_combination', icon: 'overlap', layout: 'badge' },
  'private-event': { stem: 'private_event', icon: 'calendar', layout: 'badge' },
  'named-individual': { stem: 'named_individual', icon: 'speech', layout: 'side' },
  'minor-contact': { stem: 'minor_contact', icon: 'shield', layout: 'band' },
  'client-connection': { stem: 'client_connection', icon: 'link', layout: 'band' },
  'confidential-term': { stem: 'confidential_term', icon: 'lock', layout: 'side' },
};

/** Unknown rule ids (a newer analyser than this UI) fall back to the most general wording. */
export function variantOf(rule: string): RuleVariant {
  return (RULE_VARIANTS as Record<string, RuleVariant | undefined>)[rule] ?? RULE_VARIANTS['confidential-term'];
}

/** The CSS-safe modifier for a rule id (ids are already kebab-case). */
export function ruleClass(rule: string): string {
  return RULE_VARIANTS[rule as RuleId] ? `sl-rule-${rule}` : 'sl-rule-confidential-term';
}
