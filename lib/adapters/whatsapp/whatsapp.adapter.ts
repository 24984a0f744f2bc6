import type { Composer, ComposerContext, Expectation, SiteAdapter } from '../types';
import { afterPrefix, cleanLabel, phoneFrom, queryAll } from '../dom';
import * as S from './whatsapp.selectors';

/**
 * WhatsApp Web: one Lexical composer in `#main footer`. Enter sends, Shift+Enter is a newline.
 * The chat is named by the composer's label ("Type to Alice", "Type to group …", "Type to +44 …"),
 * with the header's name as a fallback.
 */

function sendControlOf(composer: Composer): HTMLElement | null {
  const footer = composer.element.closest('footer');
  const icon = footer?.querySelector(S.sendIcon);
  return (icon?.closest(S.sendButton) as HTMLElement | null) ?? null;
}

export const whatsappAdapter: SiteAdapter = {
  id: 'whatsapp',
  watchedAttributes: S.watchedAttributes,
  shadowHosts: [],

  findComposers(root) {
    return queryAll(root, S.composer).map((element) => ({ element, editor: 'lexical' as const, surface: 'message' as const, kind: 'whatsapp-chat' }));
  },

  findSendControl: sendControlOf,

  isSendControl(element, composer) {
    return sendControlOf(composer) === element;
  },

  isSendKey(event) {
    return !event.shiftKey && !event.altKey;
  },

  readContext(composer): ComposerContext {
    const label = composer.element.getAttribute('aria-label');
    const group = afterPrefix(label, S.typeToGroupPrefixes);
    if (group) return { group: true, recipientLabel: group };
    const header = composer.element.ownerDocument.querySelector(S.headerName);
    const name = afterPrefix(label, S.typeToPrefixes) ?? (cleanLabel(header?.getAttribute('title') ?? header?.textContent) || undefined);
    if (!name) return {};
    const phone = phoneFrom(name);
    return { recipientLabel: name, recipient: phone ? { phone } : { name } };
  },

  expectations(doc) {
    const out: Expectation[] = [];
    for (const footer of queryAll(doc, S.chatFooter)) out.push({ kinds: ['whatsapp-chat'], within: footer });
    return out;
  },

  canApplyFixes: () => true,
};
