// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WelcomeApp } from '../../../components/welcome/welcome-app';
import { applyDocumentLocale } from '../../../components/ui/i18n';
import { policyValues } from '../../../lib/profile/managed-policy';
import { publish } from '../../../lib/profile/publish';
import { createSigningKey, writeProfileFile } from '../../../lib/profile/signing';
import { fileFrom, installMessages, message, sample } from '../options/helpers';

describe('the first-run page', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    installMessages();
  });

  it('says in plain words what Second Look does and does not do, what is stored where, and who sees what', async () => {
    render(<WelcomeApp />);
    expect(screen.getByRole('heading', { level: 1, name: message('welcome_title') })).toBeInTheDocument();
    for (const heading of ['welcome_does_heading', 'welcome_not_heading', 'welcome_stored_heading', 'welcome_who_heading']) {
      expect(screen.getByRole('heading', { name: message(heading) })).toBeInTheDocument();
    }
    expect(screen.getByText(message('welcome_not_1'))).toBeInTheDocument();
    expect(screen.getByText(message('welcome_who_3'))).toBeInTheDocument();
    expect(await screen.findByText(message('welcome_profile_later'))).toBeInTheDocument();
  });

  it('asks for the profile and installs it', async () => {
    const user = userEvent.setup({ delay: null });
    const published = await publish(sample());
    render(<WelcomeApp />);
    await user.upload(await screen.findByLabelText(message('member_import_label')), fileFrom(await writeProfileFile(published, await createSigningKey()), 'p.secondlook.json'));
    expect(await screen.findByText(message('member_import_done', published.organisation.name))).toBeInTheDocument();
    expect(screen.getByText(message('member_summary_protects'))).toBeInTheDocument();
    for (const person of sample().people) expect(document.body.textContent).not.toContain(person.name);
  });

  it('says when the organisation already installed a profile on the device', async () => {
    await fakeBrowser.storage.managed.set(policyValues({ profile: await publish(sample()) }));
    render(<WelcomeApp />);
    expect(await screen.findByText(message('welcome_profile_managed'))).toBeInTheDocument();
    expect(screen.queryByLabelText(message('member_import_label'))).not.toBeInTheDocument();
  });

  it('sets the page’s language and direction from the translation, right to left included', () => {
    applyDocumentLocale();
    expect(document.documentElement.lang).toBe('en-GB');
    expect(document.documentElement.dir).toBe('ltr');
    installMessages('rtl');
    applyDocumentLocale();
    expect(document.documentElement.dir).toBe('rtl');
    document.documentElement.dir = 'ltr';
  });
});
