import '../../components/guard/guard.css';
import '../../lib/compose/overlay.css';
import { defineContentScript } from '#imports';
import { whatsappAdapter } from '../../lib/adapters/whatsapp/whatsapp.adapter';
import { startComposeGuard } from '../../lib/compose/start-compose-guard';

/**
 * The composer guard on WhatsApp Web. document_start, so the send interceptor is on window before the
 * page's own listeners; the overlay's shadow root is closed except in `--mode e2e` builds.
 */
export default defineContentScript({
  matches: ['https://web.whatsapp.com/*'],
  runAt: 'document_start',
  cssInjectionMode: 'ui',
  main(ctx) {
    startComposeGuard(ctx, whatsappAdapter, { shadowMode: import.meta.env.MODE === 'e2e' ? 'open' : 'closed' });
  },
});
