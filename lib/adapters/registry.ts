import { facebookAdapter } from './facebook/facebook.adapter';
import type { AdapterId, SiteAdapter } from './types';
import { whatsappAdapter } from './whatsapp/whatsapp.adapter';
import { xAdapter } from './x/x.adapter';

/**
 * Adapters by id, and the hosts each one guards. The id is also the content-script entrypoint's
 * name (`<id>.content`) and the adapter's folder.
 *
 * @example adapterForUrl(new URL('https://web.whatsapp.com/'))?.id // 'whatsapp'
 */
export const ADAPTERS: Readonly<Record<AdapterId, SiteAdapter>> = {
  facebook: facebookAdapter,
  x: xAdapter,
  whatsapp: whatsappAdapter,
};

/** Match patterns per adapter, for the content scripts' `matches`. */
export const ADAPTER_MATCHES: Readonly<Record<AdapterId, readonly string[]>> = {
  facebook: ['https://www.facebook.com/*'],
  x: ['https://x.com/*'],
  whatsapp: ['https://web.whatsapp.com/*'],
};

const HOSTS: Readonly<Record<string, AdapterId>> = {
  'www.facebook.com': 'facebook',
  'x.com': 'x',
  'web.whatsapp.com': 'whatsapp',
};

export function adapterForUrl(url: URL): SiteAdapter | undefined {
  if (url.protocol !== 'https:') return undefined;
  const id = HOSTS[url.hostname];
  return id ? ADAPTERS[id] : undefined;
}
