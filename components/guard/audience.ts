import { t } from './i18n';
import type { Audience } from './types';

/**
 * Wraps a name the page shows in Unicode isolates, so an Arabic or Hebrew name inside an English
 * sentence (or the reverse) does not drag the punctuation around it to the wrong side.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

export type AudienceGlyph = 'globe' | 'people' | 'one-person';

/**
 * Who will see this, in plain words. Showing the audience is what made Facebook's privacy
 * nudges work without being a burden (Wang et al., CHI 2014; anchors.md §3.4).
 */
export function describeAudience(audience: Audience, organisationName: string): { text: string; glyph: AudienceGlyph } {
  const trimmed = audience.recipientLabel?.trim();
  const label = trimmed ? isolate(trimmed) : undefined;
  switch (audience.kind) {
    case 'organisation-page':
      return { text: t(`card_audience_org_page_${audience.platform}`, organisationName), glyph: 'globe' };
    case 'personal-profile':
      return {
        text: t(`card_audience_personal_${audience.platform}`),
        glyph: audience.platform === 'x' ? 'globe' : 'people',
      };
    case 'direct-message':
      return { text: label ? t('card_audience_dm_named', label) : t('card_audience_dm'), glyph: 'one-person' };
    case 'group-chat':
      return { text: label ? t('card_audience_group_named', label) : t('card_audience_group'), glyph: 'people' };
    case 'public-reply':
      return { text: label ? t('card_audience_reply_named', label) : t('card_audience_reply'), glyph: 'globe' };
  }
}
