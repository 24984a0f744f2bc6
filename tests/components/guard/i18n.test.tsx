// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Badge } from '../../../components/guard/badge';
import { ConnectionPauseCard } from '../../../components/guard/connection-pause-card';
import { ContactNotice } from '../../../components/guard/contact-notice';
import { FindingCard } from '../../../components/guard/finding-card';
import { t } from '../../../components/guard/i18n';
import { PauseCard } from '../../../components/guard/pause-card';
import type { Audience } from '../../../components/guard/types';
import { RULE_IDS } from '../../../lib/profile/rule-ids';
import { createFinding, formatMessage, ORG, readMessages, useRealMessages } from './helpers';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('t()', () => {
  it('falls back to the key when the browser has no message', () => {
    expect(t('card_no_such_key')).toBe('card_no_such_key');
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('');
    expect(t('card_edit')).toBe('card_edit');
  });

  it('passes substitutions to getMessage', () => {
    useRealMessages();
    expect(t('card_audience_dm_named', 'Amina')).toBe('A direct message to Amina');
    expect(t('card_block_note_lead', [ORG, 'Jo Patel'])).toContain('please talk to Jo Patel, your safeguarding lead');
  });

  it('formats like Chrome: named placeholders, $1 and $$', () => {
    expect(formatMessage({ message: 'Pay $$5 to $WHO$', placeholders: { who: { content: '$1' } } }, ['Sam'])).toBe('Pay $5 to Sam');
  });
});

describe('card_ messages', () => {
  const messages = readMessages();
  const cardKeys = Object.keys(messages).filter((key) => key.startsWith('card_'));

  it('use valid Chrome message names and declare every placeholder they use', () => {
    for (const key of cardKeys) {
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      const entry = messages[key]!;
      const used = [...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase());
      const declared = Object.keys(entry.placeholders ?? {}).map((name) => name.toLowerCase());
      expect(used.sort(), key).toEqual([...new Set(declared)].sort());
    }
  });

  it('use British spelling and never blame', () => {
    for (const key of cardKeys) {
      const text = messages[key]!.message;
      expect(text, key).not.toMatch(/organiz|recogniz|behavior|\bcolor|favor|center\b/i);
      expect(text, key).not.toMatch(/\bviolat|\bforbidden|\bwarning!|\bdanger|\byou must\b|\billegal/i);
    }
  });

  it('are all used, and every string the components ask for exists', () => {
    const { missing, requested } = useRealMessages();

    const noop = () => {};
    const audiences: Audience[] = [];
    for (const platform of ['facebook', 'x', 'whatsapp'] as const) {
      for (const kind of ['organisation-page', 'personal-profile', 'direct-message', 'group-chat', 'public-reply'] as const) {
        audiences.push({ kind, platform }, { kind, platform, recipientLabel: 'Label' });
      }
    }
    const renderAndOpen = (ui: Parameters<typeof render>[0]) => {
      const { container, unmount } = render(ui);
      act(() => {
        for (const toggle of container.querySelectorAll<HTMLButtonElement>('[aria-expanded="false"]')) toggle.click();
        for (const button of container.querySelectorAll<HTMLButtonElement>('.sl-button--link')) button.click();
      });
      unmount();
    };
    for (const audience of audiences) {
      renderAndOpen(<PauseCard findings={[createFinding({ suggestion: 'x' })]} audience={audience} organisationName={ORG} canApplySafer onEdit={noop} onApplySafer={noop} onSendAnyway={noop} onReportWrong={noop} onCopySafer={noop} />);
    }
    for (const rule of RULE_IDS) {
      for (const severity of ['block', 'warn'] as const) {
        const finding = createFinding({ rule, severity, suggestion: 'x' });
        renderAndOpen(<FindingCard finding={finding} organisationName={ORG} onClose={noop} onApplySafer={noop} onSelect={noop} excerpt="x" />);
        renderAndOpen(<FindingCard finding={{ ...finding, suggestion: undefined }} organisationName={ORG} onClose={noop} />);
        for (const lead of [undefined, 'Jo Patel']) {
          renderAndOpen(<PauseCard findings={[finding, createFinding()]} audience={audiences[0]!} organisationName={ORG} canApplySafer={false} onEdit={noop} onApplySafer={noop} onSendAnyway={noop} onReportWrong={noop} safeguardingLead={lead} />);
        }
      }
    }
    renderAndOpen(<PauseCard findings={[]} audience={audiences[0]!} organisationName={ORG} canApplySafer={false} onEdit={noop} onApplySafer={noop} onSendAnyway={noop} onReportWrong={noop} />);
    for (const rule of ['minor-contact', 'client-connection'] as const) {
      for (const action of ['add-friend', 'accept-friend', 'follow', 'message'] as const) {
        for (const severity of ['block', 'warn'] as const) {
          for (const lead of [undefined, 'Jo Patel']) {
            renderAndOpen(<ConnectionPauseCard rule={rule} action={action} severity={severity} organisationName={ORG} onCancel={noop} onGoAhead={noop} safeguardingLead={lead} />);
          }
        }
      }
    }
    for (const kind of ['child-direct', 'child-in-group'] as const) {
      for (const lead of [undefined, 'Jo Patel']) renderAndOpen(<ContactNotice kind={kind} organisationName={ORG} onDismiss={noop} safeguardingLead={lead} />);
    }
    for (const severity of ['block', 'warn'] as const) {
      for (const count of [1, 2]) renderAndOpen(<Badge count={count} severity={severity} onOpen={noop} />);
    }

    expect([...missing]).toEqual([]);
    expect(cardKeys.filter((key) => !requested.has(key))).toEqual([]);
    // Renders every variant (~190 cards): give it room on a busy two-core runner.
  }, 30_000);
});
