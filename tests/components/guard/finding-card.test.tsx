// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FindingCard } from '../../../components/guard/finding-card';
import type { FindingCardProps } from '../../../components/guard/types';
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

function renderCard(overrides: Partial<FindingCardProps> = {}) {
  const props: FindingCardProps = {
    finding: createFinding({ rule: 'register-person', severity: 'block', explanation: 'This names someone on your organisation’s register.' }),
    organisationName: ORG,
    onClose: vi.fn(),
    ...overrides,
  };
  return { ...render(<FindingCard {...props} />), props, user: userEvent.setup() };
}

describe('FindingCard', () => {
  it('says what, why (naming the policy) and what to do', () => {
    renderCard();
    expect(screen.getByRole('dialog')).toHaveAccessibleName('This names someone we support');
    expect(screen.getByRole('dialog')).toHaveAccessibleDescription('This names someone on your organisation’s register.');
    expect(screen.getByText(/^Riverside Refugee Support's social media policy asks us never to name/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'What you can do' })).toBeInTheDocument();
    expect(screen.getByText('Take out the name, or write “someone we support” instead.')).toBeInTheDocument();
    expect(screen.getByText('Needs a change before it goes')).toBeInTheDocument();
  });

  it('offers the safer wording when the finding has one', async () => {
    const onApplySafer = vi.fn();
    const { user } = renderCard({ finding: createFinding({ suggestion: '[number removed]' }), onApplySafer });
    expect(screen.getByText('Try “[number removed]” instead.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Use this wording' }));
    expect(onApplySafer).toHaveBeenCalledTimes(1);
  });

  it('has no apply button without a suggestion', () => {
    renderCard({ onApplySafer: vi.fn() });
    expect(screen.queryByRole('button', { name: 'Use this wording' })).not.toBeInTheDocument();
  });

  it('selects the words in the post on request', async () => {
    const onSelect = vi.fn();
    const { user } = renderCard({ onSelect });
    await user.click(screen.getByRole('button', { name: 'Show me where' }));
    expect(onSelect).toHaveBeenCalledTimes(1);
  });

  it('closes with the button and with Escape', async () => {
    const { props, user } = renderCard({ autoFocus: true });
    expect(screen.getByRole('dialog')).toHaveFocus();
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(props.onClose).toHaveBeenCalledTimes(2);
  });

  it('does not take focus unless asked (it may open while someone types)', () => {
    const composer = document.createElement('textarea');
    document.body.append(composer);
    composer.focus();
    renderCard();
    expect(composer).toHaveFocus();
    composer.remove();
  });

  it('shows the flagged words as text only, never in an attribute', () => {
    const { container } = renderCard({ excerpt: '07700 900123' });
    expect(screen.getByText('07700 900123').tagName).toBe('MARK');
    for (const element of container.querySelectorAll('*')) {
      for (const attribute of element.attributes) expect(attribute.value).not.toContain('07700');
    }
  });

  it('differs by rule', () => {
    const headings = new Set<string>();
    const todos = new Set<string>();
    for (const rule of RULE_IDS) {
      const { unmount, container } = renderCard({ finding: createFinding({ rule }) });
      headings.add(screen.getByRole('heading', { level: 2 }).textContent ?? '');
      todos.add(container.querySelector('.sl-todo')?.textContent ?? '');
      unmount();
    }
    expect(headings.size).toBe(RULE_IDS.length);
    expect(todos.size).toBe(RULE_IDS.length);
  });
});
