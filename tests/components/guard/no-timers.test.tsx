// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConnectionPauseCard } from '../../../components/guard/connection-pause-card';
import { ContactNotice } from '../../../components/guard/contact-notice';
import { FindingCard } from '../../../components/guard/finding-card';
import { PauseCard } from '../../../components/guard/pause-card';
import { createFinding, ORG, useRealMessages } from './helpers';

beforeEach(() => {
  useRealMessages();
  vi.useFakeTimers();
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/**
 * Records every timer scheduled, except jsdom's own: focus() there queues a selectionchange
 * task with setTimeout, which a real browser does not do through page timers.
 */
function recordTimers(): string[] {
  const calls: string[] = [];
  for (const name of ['setTimeout', 'setInterval', 'requestAnimationFrame'] as const) {
    const original = globalThis[name] as (...args: unknown[]) => unknown;
    vi.spyOn(globalThis, name).mockImplementation(((...args: unknown[]) => {
      const stack = new Error().stack ?? '';
      if (!stack.includes('node_modules/jsdom/')) calls.push(`${name}\n${stack}`);
      return original(...args);
    }) as never);
  }
  return calls;
}

// A delay before sending was found annoying and no more helpful (anchors.md §3.4): nothing here
// may count down, enable itself later, or act on its own.
describe('no timers', () => {
  it('schedules nothing, changes nothing and calls nothing while time passes', () => {
    const callbacks = { onEdit: vi.fn(), onApplySafer: vi.fn(), onSendAnyway: vi.fn(), onReportWrong: vi.fn(), onCancel: vi.fn(), onGoAhead: vi.fn(), onClose: vi.fn(), onDismiss: vi.fn() };
    const scheduled = recordTimers();
    const { container } = render(
      <>
        <PauseCard
          findings={[createFinding()]}
          audience={{ kind: 'public-reply', platform: 'x' }}
          organisationName={ORG}
          canApplySafer
          {...callbacks}
        />
        <ConnectionPauseCard rule="client-connection" action="add-friend" severity="warn" organisationName={ORG} {...callbacks} />
        <FindingCard finding={createFinding()} organisationName={ORG} {...callbacks} />
        <ContactNotice kind="child-direct" organisationName={ORG} {...callbacks} />
      </>,
    );
    const before = container.innerHTML;
    const disabledBefore = container.querySelectorAll('button[disabled], [aria-disabled="true"]').length;
    act(() => {
      vi.advanceTimersByTime(5 * 60 * 1000);
    });
    expect(container.innerHTML).toBe(before);
    expect(disabledBefore).toBe(0);
    expect(scheduled).toEqual([]);
    for (const callback of Object.values(callbacks)) expect(callback).not.toHaveBeenCalled();
    expect(container.textContent).not.toMatch(/\b\d+\s*(s|sec|secs|seconds?)\b/i);
  });
});

describe('no timers in the source', () => {
  it('never calls a timer API in components/guard', () => {
    const folder = resolve(import.meta.dirname, '../../../components/guard');
    for (const file of readdirSync(folder).filter((name) => /\.(ts|tsx)$/.test(name))) {
      const source = readFileSync(resolve(folder, file), 'utf8');
      expect(source, file).not.toMatch(/\b(setTimeout|setInterval|requestAnimationFrame)\s*\(/);
    }
  });
});
