import '../../components/guard/guard.css';
import '../../lib/compose/overlay.css';
import { defineContentScript } from '#imports';
import { xAdapter } from '../../lib/adapters/x/x.adapter';
import { startComposeGuard } from '../../lib/compose/start-compose-guard';

/**
 * The composer guard on X. document_start, so the send interceptor is on window before the
 * page's own listeners; the overlay's shadow root is closed except in `--mode e2e` builds.
 */
export default defineContentScript({
  matches: ['https://x.com/*'],
  runAt: 'document_start',
  cssInjectionMode: 'ui',
  main(ctx) {
    startComposeGuard(ctx, xAdapter, { shadowMode: import.meta.env.MODE === 'e2e' ? 'open' : 'closed' });
  },
});
