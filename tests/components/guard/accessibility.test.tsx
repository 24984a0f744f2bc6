// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import axe from 'axe-core';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Badge } from '../../../components/guard/badge';
import { ConnectionPauseCard } from '../../../components/guard/connection-pause-card';
import { ContactNotice } from '../../../components/guard/contact-notice';
import { FindingCard } from '../../../components/guard/finding-card';
import { MarksLayer } from '../../../components/guard/marks-layer';
import { PauseCard } from '../../../components/guard/pause-card';
import { createFinding, ORG, useRealMessages } from './helpers';

beforeEach(() => {
  useRealMessages();
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function violationsOf(ui: ReactElement) {
  const { container } = render(ui);
  // Open every Send anyway / Go ahead disclosure so the reason buttons are checked too.
  act(() => {
    for (const toggle of container.querySelectorAll<HTMLButtonElement>('[aria-expanded="false"]')) toggle.click();
  });
  expect(container.querySelector('[aria-expanded="false"]')).toBeNull();
  const result = await axe.run(container, {
    // jsdom cannot compute colour (no layout or canvas): contrast is checked by hand in guard.css.
    // "region" is about whole pages; these are fragments inside the host page's overlay.
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.html) }));
}

const noop = () => {};
const findings = [
  createFinding({ rule: 'register-person', severity: 'block', explanation: 'This names someone on your organisation’s register.', suggestion: 'someone we support' }),
  createFinding({ rule: 'location', explanation: 'This looks like a street address.' }),
];

describe('accessibility (axe-core)', () => {
  it.each<[string, ReactElement]>([
    [
      'PauseCard (warn)',
      <PauseCard
        findings={[createFinding({ suggestion: '[number removed]' })]}
        audience={{ kind: 'direct-message', platform: 'whatsapp', recipientLabel: 'Amina' }}
        organisationName={ORG}
        canApplySafer
        onEdit={noop}
        onApplySafer={noop}
        onSendAnyway={noop}
        onReportWrong={noop}
        onCopySafer={noop}
      />,
    ],
    [
      'PauseCard (block)',
      <PauseCard
        findings={findings}
        audience={{ kind: 'organisation-page', platform: 'facebook' }}
        organisationName={ORG}
        canApplySafer={false}
        onEdit={noop}
        onApplySafer={noop}
        onSendAnyway={noop}
        onReportWrong={noop}
      />,
    ],
    ['FindingCard', <FindingCard finding={findings[0]!} organisationName={ORG} onClose={noop} onApplySafer={noop} onSelect={noop} excerpt="Amina" />],
    ['ContactNotice (direct)', <ContactNotice kind="child-direct" organisationName={ORG} onDismiss={noop} />],
    ['ContactNotice (group)', <ContactNotice kind="child-in-group" organisationName={ORG} />],
    ['ConnectionPauseCard (warn)', <ConnectionPauseCard rule="client-connection" action="follow" severity="warn" organisationName={ORG} onCancel={noop} onGoAhead={noop} />],
    ['ConnectionPauseCard (block)', <ConnectionPauseCard rule="minor-contact" action="message" severity="block" organisationName={ORG} onCancel={noop} />],
    ['Badge', <Badge count={2} severity="warn" onOpen={noop} />],
    ['MarksLayer', <MarksLayer marks={[{ id: 'a', rects: [{ left: 0, top: 0, width: 10, height: 10 }], severity: 'warn' }]} />],
  ])('%s has no accessibility violations', async (_name, ui) => {
    const violations = await violationsOf(ui);
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    // Stricter than the brief asks: nothing minor or moderate either.
    expect(violations).toEqual([]);
  });
});
