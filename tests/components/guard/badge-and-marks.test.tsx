// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Badge } from '../../../components/guard/badge';
import { MarksLayer } from '../../../components/guard/marks-layer';
import type { Mark } from '../../../components/guard/types';
import { useRealMessages } from './helpers';

let messages: { missing: Set<string> };

beforeEach(() => {
  messages = useRealMessages();
});

afterEach(() => {
  cleanup();
  expect([...messages.missing]).toEqual([]);
  vi.restoreAllMocks();
});

describe('Badge', () => {
  it.each([
    [1, 'warn', '1 thing to check before you post'],
    [2, 'warn', '2 things to check before you post'],
    [1, 'block', '1 thing to change before you post'],
    [3, 'block', '3 things to change before you post'],
  ] as const)('is a button named for %i %s finding(s)', async (count, severity, name) => {
    const onOpen = vi.fn();
    render(<Badge count={count} severity={severity} onOpen={onOpen} />);
    const button = screen.getByRole('button', { name });
    expect(button).toHaveTextContent(String(count));
    await userEvent.setup().click(button);
    expect(onOpen).toHaveBeenCalledTimes(1);
  });

  it('opens from the keyboard', async () => {
    const onOpen = vi.fn();
    const user = userEvent.setup();
    render(<Badge count={2} severity="warn" onOpen={onOpen} />);
    await user.tab();
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(onOpen).toHaveBeenCalledTimes(2);
  });

  it('renders nothing when there is nothing to check', () => {
    const { container } = render(<Badge count={0} severity="warn" onOpen={vi.fn()} />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('MarksLayer', () => {
  const marks: Mark[] = [
    { id: 'register-person:4:9', rects: [{ left: 10, top: 20, width: 50, height: 18 }], severity: 'block' },
    {
      id: 'contact-detail:30:42',
      rects: [
        { left: 200, top: 20, width: 80, height: 18 },
        { left: 0, top: 40, width: 30, height: 18 },
      ],
      severity: 'warn',
    },
  ];

  it('draws one positioned mark per rect', () => {
    const { container } = render(<MarksLayer marks={marks} />);
    const drawn = container.querySelectorAll<HTMLElement>('.sl-mark');
    expect(drawn).toHaveLength(3);
    expect(drawn[0]).toHaveStyle({ position: 'absolute', left: '10px', top: '20px', width: '50px', height: '18px' });
    expect(drawn[0]).toHaveClass('sl-mark--block');
    expect(drawn[2]).toHaveClass('sl-mark--warn');
    expect(drawn[2]).toHaveStyle({ left: '0px', top: '40px' });
  });

  it('lets every pointer event through', () => {
    const { container } = render(<MarksLayer marks={marks} />);
    const layer = container.firstElementChild as HTMLElement;
    expect(layer.style.pointerEvents).toBe('none');
    for (const mark of container.querySelectorAll<HTMLElement>('.sl-mark')) {
      expect(mark.style.pointerEvents).toBe('none');
      expect(getComputedStyle(mark).pointerEvents).toBe('none');
    }
  });

  it('carries no text, title, label or data about what was flagged', () => {
    const { container } = render(<MarksLayer marks={marks} />);
    expect(container.textContent).toBe('');
    const allowed = new Set(['class', 'style', 'aria-hidden']);
    for (const element of container.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        expect(allowed.has(attribute.name), `unexpected attribute ${attribute.name}`).toBe(true);
        expect(attribute.value).not.toMatch(/register-person|contact-detail|:\d/);
      }
      expect(element.getAttribute('title')).toBeNull();
      expect(element.querySelector('title')).toBeNull();
    }
  });

  it('is hidden from assistive technology and renders nothing for no marks', () => {
    const { container } = render(<MarksLayer marks={[]} />);
    expect(container.firstElementChild).toHaveAttribute('aria-hidden', 'true');
    expect(container.querySelectorAll('.sl-mark')).toHaveLength(0);
  });
});
