/**
 * The rule ids of `second-look/org-profile@1` (../shared/spec/org-profile.md). Stable: they appear
 * in profiles, findings, pause statistics and evaluation corpora.
 */
export const RULE_IDS = [
  'register-person',
  'contact-detail',
  'location',
  'personal-identifier',
  'child-detail',
  'identifying-combination',
  'private-event',
  'named-individual',
  'minor-contact',
  'client-connection',
  'confidential-term',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export type RuleSetting = 'block' | 'warn' | 'off';

/** What happens for a rule when the profile says nothing. Contact with a child is never allowed. */
export const DEFAULT_RULE_SETTINGS: Readonly<Record<RuleId, RuleSetting>> = {
  'register-person': 'block',
  'contact-detail': 'warn',
  location: 'warn',
  'personal-identifier': 'warn',
  'child-detail': 'warn',
  'identifying-combination': 'warn',
  'private-event': 'warn',
  'named-individual': 'warn',
  'minor-contact': 'block',
  'client-connection': 'warn',
  'confidential-term': 'warn',
};

export function isRuleId(value: unknown): value is RuleId {
  return typeof value === 'string' && (RULE_IDS as readonly string[]).includes(value);
}
