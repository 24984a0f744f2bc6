// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PauseCard } from '../../../components/guard/pause-card';
import type { Audience, PauseCardProps } from '../../../components/guard/types';
import { RULE_IDS } from '../../../lib/profile/rule-ids';
import { createFinding, ORG, useRealMessages } from './helpers';

let messages: { missing: Set<string> };

beforeEach(() => {
  messages = useRealMessages();
});

afterEach(() => {
  cleanup();
  expect([...messages.missing]).toEqual([]);
  vi.restoreAllMocks();
});

function renderPause(overrides: Partial<PauseCardProps> = {}) {
  const props: PauseCardProps = {
    findings: [createFinding()],
    audience: { kind: 'organisation-page', platform: 'facebook' },
    organisationName: ORG,
    canApplySafer: false,
    onEdit: vi.fn(),
    onApplySafer: vi.fn(),
    onSendAnyway: vi.fn(),
    onReportWrong: vi.fn(),
    ...overrides,
  };
  const view = render(<PauseCard {...props} />);
  return { ...view, props, user: userEvent.setup() };
}

describe('PauseCard', () => {
  it('is a labelled, described dialog', () => {
    renderPause();
    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveAccessibleName('This includes private contact details');
    expect(dialog).toHaveAccessibleDescription(/Riverside Refugee Support's social media policy/);
  });

  it('moves focus to Edit when it opens', () => {
    renderPause();
    expect(screen.getByRole('button', { name: 'Edit' })).toHaveFocus();
  });

  it('calls onEdit when Escape is pressed', async () => {
    const { props, user } = renderPause();
    await user.keyboard('{Escape}');
    expect(props.onEdit).toHaveBeenCalledTimes(1);
    expect(props.onSendAnyway).not.toHaveBeenCalled();
  });

  it('calls onEdit from the Edit button', async () => {
    const { props, user } = renderPause();
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    expect(props.onEdit).toHaveBeenCalledTimes(1);
  });

  it('returns focus to where the person was when it closes', () => {
    const composer = document.createElement('div');
    composer.contentEditable = 'true';
    composer.tabIndex = 0;
    document.body.append(composer);
    composer.focus();
    const { unmount } = renderPause();
    expect(composer).not.toHaveFocus();
    unmount();
    expect(composer).toHaveFocus();
    composer.remove();
  });

  it('leaves focus alone when the guard has already moved it on Edit', () => {
    const composer = document.createElement('textarea');
    const other = document.createElement('input');
    document.body.append(composer, other);
    composer.focus();
    const { unmount } = renderPause();
    other.focus();
    unmount();
    expect(other).toHaveFocus();
    composer.remove();
    other.remove();
  });

  it('keeps Tab inside the card', async () => {
    const { user } = renderPause();
    const dialog = screen.getByRole('dialog');
    for (let i = 0; i < 8; i += 1) {
      await user.tab();
      expect(dialog.contains(document.activeElement)).toBe(true);
    }
    await user.tab({ shift: true });
    expect(dialog.contains(document.activeElement)).toBe(true);
  });

  it.each([
    ['consent-given', "They've given consent"],
    ['not-someone-we-support', "This isn't someone we support"],
    ['already-public', "It's already public"],
    ['other', 'Another reason'],
  ] as const)('sends anyway with the reason %s in one tap', async (reason, label) => {
    const { props, user } = renderPause();
    const toggle = screen.getByRole('button', { name: 'Send anyway…' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: label })).not.toBeInTheDocument();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const group = screen.getByRole('group', { name: 'Send now, because:' });
    await user.click(within(group).getByRole('button', { name: label }));
    expect(props.onSendAnyway).toHaveBeenCalledTimes(1);
    expect(props.onSendAnyway).toHaveBeenCalledWith(reason);
  });

  it('hides Send anyway completely when any finding is blocked, and says who to ask', () => {
    renderPause({
      findings: [createFinding(), createFinding({ rule: 'register-person', severity: 'block', explanation: 'This names someone on your organisation’s register.' })],
    });
    expect(screen.queryByRole('button', { name: /send anyway/i })).not.toBeInTheDocument();
    expect(screen.queryByText(/consent/i)).not.toBeInTheDocument();
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
    expect(screen.getByText(/doesn't allow sending this one/)).toHaveTextContent(/talk to your safeguarding lead/);
    expect(screen.getByRole('button', { name: 'Edit' })).toHaveFocus();
  });

  it('names the safeguarding lead when it knows them', () => {
    renderPause({ findings: [createFinding({ severity: 'block' })], safeguardingLead: 'Jo Patel' });
    expect(screen.getByText(/please talk to Jo Patel, your safeguarding lead/)).toBeInTheDocument();
  });

  it('leads with the blocked finding', () => {
    renderPause({
      findings: [createFinding({ rule: 'location' }), createFinding({ rule: 'child-detail', severity: 'block' })],
    });
    expect(screen.getByRole('dialog')).toHaveAccessibleName('This includes details about a child');
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('2 things to check');
  });

  it('offers safer wording only when the guard can apply it', async () => {
    const { props, user, rerender } = renderPause({ findings: [createFinding({ suggestion: '[number removed]' })] });
    expect(screen.queryByRole('button', { name: 'Use safer wording' })).not.toBeInTheDocument();
    expect(screen.getByText('Safer wording: “[number removed]”')).toBeInTheDocument();
    rerender(<PauseCard {...props} canApplySafer />);
    await user.click(screen.getByRole('button', { name: 'Use safer wording' }));
    expect(props.onApplySafer).toHaveBeenCalledTimes(1);
  });

  it('offers Copy safer wording when a copy handler is given and a suggestion exists', async () => {
    const onCopySafer = vi.fn();
    const { user } = renderPause({ findings: [createFinding({ suggestion: 'a family we support' })], onCopySafer });
    await user.click(screen.getByRole('button', { name: 'Copy safer wording' }));
    expect(onCopySafer).toHaveBeenCalledTimes(1);
  });

  it('reports one finding as wrong and thanks the person without losing focus', async () => {
    const first = createFinding({ rule: 'location', explanation: 'This looks like a street address.' });
    const second = createFinding({ rule: 'contact-detail' });
    const { props, user } = renderPause({ findings: [first, second] });
    const buttons = screen.getAllByRole('button', { name: /^This is wrong/ });
    expect(buttons).toHaveLength(2);
    expect(buttons[0]).toHaveAccessibleName('This is wrong Where someone is');
    await user.click(buttons[0]!);
    expect(props.onReportWrong).toHaveBeenCalledTimes(1);
    expect(props.onReportWrong).toHaveBeenCalledWith(first);
    expect(screen.getByText('Thank you. Noted on this device.')).toHaveFocus();
    expect(screen.getAllByRole('button', { name: /^This is wrong/ })).toHaveLength(1);
  });

  it('puts focus back on Edit when the guard drops a reported finding', async () => {
    const first = createFinding({ rule: 'location' });
    const second = createFinding();
    const { props, user, rerender } = renderPause({ findings: [first, second] });
    await user.click(screen.getAllByRole('button', { name: /^This is wrong/ })[0]!);
    rerender(<PauseCard {...props} findings={[second]} />);
    expect(screen.getByRole('button', { name: 'Edit' })).toHaveFocus();
  });

  it('reassures that nothing was sent and nothing was lost', () => {
    renderPause();
    expect(screen.getByText('Nothing has been sent. What you wrote is still there.')).toBeInTheDocument();
  });

  it('shows the explanation, not an invented description of the text', () => {
    renderPause({ findings: [createFinding({ explanation: 'This looks like a private phone number.' })] });
    expect(screen.getByText('This looks like a private phone number.')).toBeInTheDocument();
  });

  it('renders a different heading, icon and why for every rule', () => {
    const seen = { headings: new Set<string>(), whys: new Set<string>(), icons: new Set<string>(), classes: new Set<string>() };
    for (const rule of RULE_IDS) {
      const { unmount } = renderPause({ findings: [createFinding({ rule })] });
      const dialog = screen.getByRole('dialog');
      seen.headings.add(screen.getByRole('heading', { level: 2 }).textContent ?? '');
      seen.whys.add(dialog.querySelector('.sl-why')?.textContent ?? '');
      seen.icons.add(dialog.querySelector('.sl-card__icon svg')?.innerHTML ?? '');
      seen.classes.add(dialog.className);
      expect(dialog.querySelector('.sl-why')?.textContent).toContain("Riverside Refugee Support's social media policy");
      unmount();
    }
    expect(seen.headings.size).toBe(RULE_IDS.length);
    expect(seen.whys.size).toBe(RULE_IDS.length);
    expect(seen.icons.size).toBe(RULE_IDS.length);
    expect(seen.classes.size).toBe(RULE_IDS.length);
  });

  it('uses at least three different layouts across the rules', () => {
    const layouts = new Set<string>();
    for (const rule of RULE_IDS) {
      const { unmount } = renderPause({ findings: [createFinding({ rule })] });
      layouts.add(/sl-layout-(\w+)/.exec(screen.getByRole('dialog').className)?.[1] ?? '');
      unmount();
    }
    expect(layouts.size).toBeGreaterThanOrEqual(3);
  });

  it('does not crash on an empty list', () => {
    renderPause({ findings: [] });
    expect(screen.getByRole('dialog')).toHaveAccessibleName('Before you send');
  });
});

// Names from the page are wrapped in Unicode isolates (FSI … PDI) so mixed scripts keep their punctuation in place.
const iso = (name: string) => `\u2068${name}\u2069`;

describe('PauseCard audience', () => {
  it.each<[Audience, string]>([
    [{ kind: 'organisation-page', platform: 'facebook' }, "Everyone who follows Riverside Refugee Support's page, and anyone who visits it"],
    [{ kind: 'organisation-page', platform: 'x' }, 'Everyone who follows Riverside Refugee Support on X, and anyone who looks: posts on X are usually public'],
    [{ kind: 'organisation-page', platform: 'whatsapp' }, "Everyone who follows Riverside Refugee Support's WhatsApp channel"],
    [{ kind: 'personal-profile', platform: 'facebook' }, 'Your personal profile: your friends and possibly the public'],
    [{ kind: 'personal-profile', platform: 'x' }, "Your personal account on X: usually anyone, including people who don't follow you"],
    [{ kind: 'personal-profile', platform: 'whatsapp' }, 'Your personal WhatsApp status: your contacts'],
    [{ kind: 'direct-message', platform: 'whatsapp', recipientLabel: 'Amina' }, `A direct message to ${iso('Amina')}`],
    [{ kind: 'direct-message', platform: 'whatsapp', recipientLabel: ' أمينة ' }, `A direct message to ${iso('أمينة')}`],
    [{ kind: 'direct-message', platform: 'facebook' }, 'A direct message to one person'],
    [{ kind: 'group-chat', platform: 'whatsapp', recipientLabel: 'Volunteers rota' }, `Everyone in the group “${iso('Volunteers rota')}”`],
    [{ kind: 'group-chat', platform: 'whatsapp', recipientLabel: '   ' }, 'Everyone in this group chat'],
    [{ kind: 'public-reply', platform: 'x', recipientLabel: 'Sam' }, `A public reply to ${iso('Sam')}: anyone who can see their post can see it`],
    [{ kind: 'public-reply', platform: 'facebook' }, 'A public reply: anyone who can see the conversation can see it'],
  ])('says who will see it: %o', (audience, text) => {
    renderPause({ audience });
    expect(screen.getByText('Who will see this')).toBeInTheDocument();
    expect(screen.getByText(text)).toBeInTheDocument();
  });

  it('never puts the recipient into an attribute', () => {
    const { container } = renderPause({ audience: { kind: 'direct-message', platform: 'whatsapp', recipientLabel: 'Amina' } });
    for (const element of container.querySelectorAll('*')) {
      for (const attribute of element.attributes) expect(attribute.value).not.toContain('Amina');
    }
  });
});
