import { defineConfig } from 'wxt';

// The extension never talks to a network: no host permissions beyond the three sites it guards,
// no remote code, and a content security policy that forbids connections.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  // Top level stays package.json, tsconfig, wxt.config, entrypoints, components, lib, tests: static files live in lib/public.
  publicDir: 'lib/public',
  manifest: ({ browser }) => ({
    name: '__MSG_extensionName__',
    description: '__MSG_extensionDescription__',
    default_locale: 'en',
    // activeTab: the popup may read the current tab's address to say which site it is, only after a click.
    // unlimitedStorage: a register of thousands of people, published and encrypted, passes Chrome's 10 MB default.
    permissions: ['storage', 'activeTab', 'unlimitedStorage'],
    // Organisation devices: IT sets the published profile by policy (lib/public/managed-schema.json,
    // exports in lib/profile/managed-policy.ts). Firefox reads 3rdparty policy without a schema.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; connect-src 'none'",
    },
    action: { default_title: '__MSG_extensionName__' },
    // Firefox's built-in data consent: Second Look collects and transmits nothing.
    browser_specific_settings: { gecko: { id: 'second-look@secondlook.example', data_collection_permissions: { required: ['none'] } } },
  }),
  zip: {
    excludeSources: ['tests/e2e/out/**', 'tests/replicas/dist/**', '.e2e-tmp/**'],
  },
});
