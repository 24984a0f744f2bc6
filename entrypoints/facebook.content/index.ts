import '../../components/guard/guard.css';
import '../../lib/compose/overlay.css';
import { defineContentScript } from '#imports';
import { facebookAdapter } from '../../lib/adapters/facebook/facebook.adapter';
import { startComposeGuard } from '../../lib/compose/start-compose-guard';

/**
 * The composer guard on Facebook. document_start, so the send interceptor is on window before the
 * page's own listeners; the overlay's shadow root is closed except in `--mode e2e` builds.
 */
export default defineContentScript({
  matches: ['https://www.facebook.com/*'],
  runAt: 'document_start',
  cssInjectionMode: 'ui',
  main(ctx) {
    startComposeGuard(ctx, facebookAdapter, { shadowMode: import.meta.env.MODE === 'e2e' ? 'open' : 'closed' });
  },
});
