// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConnectionPauseCard } from '../../../components/guard/connection-pause-card';
import { ContactNotice } from '../../../components/guard/contact-notice';
import type { ConnectionPauseCardProps } from '../../../components/guard/types';
import { ORG, useRealMessages } from './helpers';

let messages: { missing: Set<string> };

beforeEach(() => {
  messages = useRealMessages();
});

afterEach(() => {
  cleanup();
  expect([...messages.missing]).toEqual([]);
  vi.restoreAllMocks();
});

describe('ContactNotice', () => {
  it('in a direct chat, says what the policy asks instead', () => {
    render(<ContactNotice kind="child-direct" organisationName={ORG} />);
    const region = screen.getByRole('region', { name: 'You\'re messaging a young person Riverside Refugee Support supports' });
    expect(within(region).getByText("Use the organisation's account.")).toBeInTheDocument();
    expect(within(region).getByText('Include a parent or carer.')).toBeInTheDocument();
    expect(within(region).getByText(/talk to your safeguarding lead/)).toBeInTheDocument();
    expect(within(region).queryByRole('button')).not.toBeInTheDocument();
  });

  it('in a group, gives group guidance and names the lead when known', () => {
    render(<ContactNotice kind="child-in-group" organisationName={ORG} safeguardingLead="Jo Patel" />);
    const region = screen.getByRole('region', { name: 'A young person Riverside Refugee Support supports is in this group' });
    expect(within(region).getByText(/private chat/)).toBeInTheDocument();
    expect(within(region).getByText('If anything worries you, talk to Jo Patel, your safeguarding lead.')).toBeInTheDocument();
  });

  it('can be hidden when the guard allows it, and never takes focus', async () => {
    const onDismiss = vi.fn();
    const composer = document.createElement('textarea');
    document.body.append(composer);
    composer.focus();
    render(<ContactNotice kind="child-direct" organisationName={ORG} onDismiss={onDismiss} />);
    expect(composer).toHaveFocus();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Hide this notice' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
    composer.remove();
  });
});

function renderConnection(overrides: Partial<ConnectionPauseCardProps> = {}) {
  const props: ConnectionPauseCardProps = {
    rule: 'client-connection',
    action: 'add-friend',
    severity: 'warn',
    organisationName: ORG,
    onCancel: vi.fn(),
    onGoAhead: vi.fn(),
    ...overrides,
  };
  return { ...render(<ConnectionPauseCard {...props} />), props, user: userEvent.setup() };
}

describe('ConnectionPauseCard', () => {
  it.each([
    ['add-friend', 'Before you send this friend request', "Don't send the request"],
    ['accept-friend', 'Before you accept this friend request', 'Leave the request for now'],
    ['follow', 'Before you follow this account', "Don't follow"],
    ['message', 'Before you message this person', "Don't send a message"],
  ] as const)('names the %s action and focuses the way out', (action, heading, cancel) => {
    renderConnection({ action });
    expect(screen.getByRole('dialog')).toHaveAccessibleName(heading);
    expect(screen.getByRole('button', { name: cancel })).toHaveFocus();
  });

  it('differs between a child and an adult client', () => {
    const { unmount } = renderConnection({ rule: 'minor-contact' });
    const child = screen.getByRole('dialog');
    expect(child).toHaveAccessibleDescription('This looks like a young person Riverside Refugee Support supports.');
    expect(within(child).getByText(/include a parent or carer/)).toBeInTheDocument();
    const childClass = child.className;
    unmount();
    renderConnection({ rule: 'client-connection' });
    const client = screen.getByRole('dialog');
    expect(client).toHaveAccessibleDescription('This looks like someone Riverside Refugee Support supports.');
    expect(client.className).not.toBe(childClass);
  });

  it.each(['consent-given', 'not-someone-we-support', 'already-public', 'other'] as const)(
    'goes ahead with the reason %s in one tap when it is a warning',
    async (reason) => {
      const { props, user } = renderConnection();
      await user.click(screen.getByRole('button', { name: 'Go ahead anyway…' }));
      const group = screen.getByRole('group', { name: 'Go ahead, because:' });
      const buttons = within(group).getAllByRole('button');
      expect(buttons).toHaveLength(4);
      const labels: Record<typeof reason, string> = {
        'consent-given': "It's agreed, with consent",
        'not-someone-we-support': "This isn't the person we support",
        'already-public': "It's a public or work account",
        other: 'Another reason',
      };
      await user.click(within(group).getByRole('button', { name: labels[reason] }));
      expect(props.onGoAhead).toHaveBeenCalledWith(reason);
      expect(props.onCancel).not.toHaveBeenCalled();
    },
  );

  it('offers no way to go ahead when blocked, and says who to ask', () => {
    renderConnection({ rule: 'minor-contact', severity: 'block', safeguardingLead: 'Jo Patel' });
    expect(screen.queryByRole('button', { name: /go ahead/i })).not.toBeInTheDocument();
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
    expect(screen.getByText(/please talk to Jo Patel, your safeguarding lead/)).toBeInTheDocument();
    expect(screen.getByText('Not allowed by the policy')).toBeInTheDocument();
  });

  it('cancels with Escape and returns focus', async () => {
    const trigger = document.createElement('button');
    document.body.append(trigger);
    trigger.focus();
    const { props, user, unmount } = renderConnection();
    await user.keyboard('{Escape}');
    expect(props.onCancel).toHaveBeenCalledTimes(1);
    unmount();
    expect(trigger).toHaveFocus();
    trigger.remove();
  });
});
