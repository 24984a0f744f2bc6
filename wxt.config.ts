import { defineConfig } from 'wxt';

// The extension never talks to a network: no host permissions beyond the three sites it guards,
// no remote code, and a content security policy that forbids connections.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  // Top level stays package.json, tsconfig, wxt.config, entrypoints, components, lib, tests: static files live in lib/public.
  publicDir: 'lib/public',
  manifest: () => ({
    name: '__MSG_extensionName__',
    description: '__MSG_extensionDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; connect-src 'none'",
    },
    action: { default_title: '__MSG_extensionName__' },
    browser_specific_settings: { gecko: { id: 'second-look@secondlook.example' } },
  }),
  zip: {
    excludeSources: ['tests/e2e/out/**', 'tests/replicas/dist/**', '.e2e-tmp/**'],
  },
});
