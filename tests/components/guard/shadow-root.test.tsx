// @vitest-environment jsdom
import { act, fireEvent } from '@testing-library/react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConnectionPauseCard } from '../../../components/guard/connection-pause-card';
import { PauseCard } from '../../../components/guard/pause-card';
import { createFinding, ORG, useRealMessages } from './helpers';

// The guard mounts these inside a closed shadow root, where the page's document only ever sees
// the host as focused. Focus handling has to work from inside.
let host: HTMLElement;
let shadow: ShadowRoot;
let root: Root;
let composer: HTMLElement;

beforeEach(() => {
  useRealMessages();
  composer = document.createElement('div');
  composer.contentEditable = 'true';
  composer.tabIndex = 0;
  host = document.createElement('second-look-overlay');
  document.body.append(composer, host);
  shadow = host.attachShadow({ mode: 'closed' });
  const wrapper = document.createElement('div');
  shadow.append(wrapper);
  root = createRoot(wrapper);
  composer.focus();
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
  composer.remove();
  vi.restoreAllMocks();
});

describe('inside a closed shadow root', () => {
  it('PauseCard takes focus, handles Escape and Tab, and gives focus back to the composer', () => {
    const onEdit = vi.fn();
    act(() =>
      root.render(
        <PauseCard
          findings={[createFinding()]}
          audience={{ kind: 'organisation-page', platform: 'facebook' }}
          organisationName={ORG}
          canApplySafer
          onEdit={onEdit}
          onApplySafer={() => {}}
          onSendAnyway={() => {}}
          onReportWrong={() => {}}
        />,
      ),
    );
    const edit = [...shadow.querySelectorAll('button')].find((b) => b.textContent === 'Edit')!;
    expect(shadow.activeElement).toBe(edit);
    expect(document.activeElement).toBe(host);

    const buttons = [...shadow.querySelectorAll<HTMLButtonElement>('button')].filter((b) => !b.closest('[hidden]'));
    const last = buttons[buttons.length - 1]!;
    last.focus();
    fireEvent.keyDown(last, { key: 'Tab' });
    expect(shadow.activeElement).toBe(buttons[0]);
    fireEvent.keyDown(buttons[0]!, { key: 'Tab', shiftKey: true });
    expect(shadow.activeElement).toBe(last);

    fireEvent.keyDown(shadow.activeElement!, { key: 'Escape' });
    expect(onEdit).toHaveBeenCalledTimes(1);

    act(() => root.render(<></>));
    expect(document.activeElement).toBe(composer);
  });

  it('ConnectionPauseCard focuses Cancel and gives focus back', () => {
    const trigger = document.createElement('button');
    document.body.append(trigger);
    trigger.focus();
    act(() => root.render(<ConnectionPauseCard rule="minor-contact" action="add-friend" severity="block" organisationName={ORG} onCancel={() => {}} />));
    expect(shadow.activeElement?.textContent).toBe("Don't send the request");
    act(() => root.render(<></>));
    expect(document.activeElement).toBe(trigger);
    trigger.remove();
  });
});
