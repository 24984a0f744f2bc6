import type { Recipient } from '../../analyser/types';
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

/** A name or a number as WhatsApp prints it (bidi marks stripped), as a recipient. */
function personFrom(text: string): Recipient {
  const phone = phoneFrom(text);
  return phone ? { phone } : { name: cleanLabel(text) };
}

/** The participants the group header lists, without the viewer ("You"). */
function groupParticipants(doc: Document): Recipient[] {
  const list = doc.querySelector(S.headerSubtitle);
  const text = cleanLabel(list?.getAttribute('title') ?? list?.textContent);
  if (!text) return [];
  const you = S.youLabels.map((l) => l.toLowerCase());
  return text
    .split(S.participantSeparator)
    .map((p) => p.trim())
    .filter((p) => p && !you.includes(p.toLowerCase()))
    .map(personFrom);
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
    if (group) {
      const participants = groupParticipants(composer.element.ownerDocument);
      return { group: true, recipientLabel: group, ...(participants.length > 0 ? { recipient: { participants } } : {}) };
    }
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

  findRelationshipAction(control) {
    // Starting a chat from "New chat" with a contact or a typed number.
    if (!control.matches(S.newChatRow)) return null;
    const title = control.querySelector(S.newChatRowTitle);
    const shown = cleanLabel(title?.getAttribute('title') ?? title?.textContent);
    if (!shown) return null;
    const recipient = personFrom(shown);
    if (!recipient.phone) {
      for (const line of queryAll(control, S.newChatRowSubtitle)) {
        if (line.contains(title)) continue;
        const phone = phoneFrom(line.textContent ?? '');
        if (phone) {
          recipient.phone = phone;
          break;
        }
      }
    }
    return { action: 'message', recipient };
  },

  canApplyFixes: () => true,
};
