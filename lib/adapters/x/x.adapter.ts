import type { Composer, ComposerContext, Expectation, RelationshipAction, SiteAdapter } from '../types';
import { cleanLabel, nearestWith, queryAll } from '../dom';
import * as S from './x.selectors';

/**
 * X: the post composer (Draft.js; home, `/compose/post` modal, reply box) and X Chat direct
 * messages (a React textarea inside the open shadow root of `xchatEmbedRoute`, which the page
 * watcher observes separately).
 */

function isChat(composer: Composer): boolean {
  return composer.kind === 'xchat';
}

function postSendControl(element: HTMLElement): HTMLElement | null {
  return nearestWith<HTMLElement>(element, S.postButton, 12)?.match ?? null;
}

function chatSendControl(element: HTMLElement): HTMLElement | null {
  return element.closest(S.chatForm)?.querySelector<HTMLElement>(S.chatSendButton) ?? null;
}

function handleFromHref(href: string | null): string | undefined {
  if (!href) return undefined;
  try {
    const path = new URL(href, 'https://x.com/').pathname;
    const match = /^\/([A-Za-z0-9_]{1,15})\/?$/.exec(path);
    return match?.[1];
  } catch {
    return undefined;
  }
}

function currentPath(element: Element): string {
  return element.ownerDocument.defaultView?.location.pathname ?? '/';
}

function profileHandle(path: string): string | undefined {
  const match = S.profileRoute.exec(path);
  return match && !S.notProfiles.includes(match[1]!.toLowerCase()) ? match[1] : undefined;
}

/** The profile's name and handle from `UserName`, with the handle in the address as the fallback. */
function profileRecipient(doc: Document, pathHandle: string): RelationshipAction['recipient'] {
  const box = doc.querySelector(S.profileUserName);
  const texts = box ? queryAll(box, S.profileUserNameSpans).filter((s) => s.childElementCount === 0).map((s) => cleanLabel(s.textContent)).filter(Boolean) : [];
  const name = texts.find((t) => !t.startsWith('@'));
  const shown = texts.find((t) => t.startsWith('@'))?.slice(1);
  return { handle: shown || pathHandle, ...(name ? { name } : {}) };
}

export const xAdapter: SiteAdapter = {
  id: 'x',
  watchedAttributes: S.watchedAttributes,
  shadowHosts: [S.chatHost],

  findComposers(root) {
    const out: Composer[] = [];
    for (const element of queryAll(root, S.postComposer)) {
      const reply = S.statusRoute.test(currentPath(element)) && !element.closest(S.dialog);
      out.push({ element, editor: 'draft', surface: reply ? 'reply' : 'post', kind: reply ? 'x-reply' : 'x-post' });
    }
    for (const element of queryAll(root, S.postComposerTextarea)) {
      out.push({ element, editor: 'textarea', surface: 'post', kind: 'x-post' });
    }
    for (const element of queryAll(root, S.chatComposer)) {
      out.push({ element, editor: 'textarea', surface: 'message', kind: 'xchat' });
    }
    return out;
  },

  findSendControl(composer) {
    return isChat(composer) ? chatSendControl(composer.element) : postSendControl(composer.element);
  },

  isSendControl(element, composer) {
    return this.findSendControl(composer) === element;
  },

  isSendKey(event, composer) {
    if (isChat(composer)) return !event.shiftKey && !event.altKey;
    // Enter makes a new block; Ctrl/Cmd+Enter posts.
    return (event.ctrlKey || event.metaKey) && !event.altKey;
  },

  readContext(composer): ComposerContext {
    const { element } = composer;
    const doc = element.ownerDocument;
    const own = handleFromHref(doc.querySelector(S.profileTab)?.getAttribute('href') ?? null);
    const actor = own ? { handle: own } : undefined;
    if (isChat(composer)) {
      const panel = element.closest(S.chatPanel) ?? (element.getRootNode() as ParentNode);
      const header = panel.querySelector(S.chatHeader);
      const handles = header ? queryAll(header, S.chatHeaderProfileLink).map((a) => handleFromHref(a.getAttribute('href'))).filter((h): h is string => !!h) : [];
      const name = cleanLabel(header?.querySelector(S.chatUsername)?.textContent) || undefined;
      const others = [...new Set(handles.filter((h) => h.toLowerCase() !== own?.toLowerCase()))];
      if (others.length > 1) return { ...(actor ? { actor } : {}), group: true, ...(name ? { recipientLabel: name } : {}), recipient: { participants: others.map((handle) => ({ handle })) } };
      const handle = others[0];
      return {
        ...(actor ? { actor } : {}),
        ...(name || handle ? { recipientLabel: name ?? `@${handle}` } : {}),
        recipient: { ...(name ? { name } : {}), ...(handle ? { handle } : {}) },
      };
    }
    const status = S.statusRoute.exec(currentPath(element));
    if (composer.kind === 'x-reply' && status) return { ...(actor ? { actor } : {}), publicReply: true, recipientLabel: `@${status[1]}` };
    return actor ? { actor } : {};
  },

  expectations(doc, url) {
    const out: Expectation[] = [];
    if (S.postRoutes.some((r) => r.test(url.pathname))) out.push({ kinds: ['x-post'], within: null });
    if (doc.querySelector(S.postButton)) out.push({ kinds: ['x-post', 'x-reply'], within: null });
    if (S.chatConversationRoute.test(url.pathname)) out.push({ kinds: ['xchat'], within: null });
    return out;
  },

  findRelationshipAction(control, doc) {
    const action = control.matches(S.followButton) ? 'follow' : control.matches(S.profileMessageButton) ? 'message' : null;
    if (!action) return null;
    const pathHandle = profileHandle(doc.defaultView?.location.pathname ?? '/');
    if (pathHandle) return { action, recipient: profileRecipient(doc, pathHandle) };
    const link = nearestWith<HTMLAnchorElement>(control, S.userCellLink, 6)?.match;
    const handle = handleFromHref(link?.getAttribute('href') ?? null);
    return handle ? { action, recipient: { handle } } : null;
  },

  canApplyFixes: () => true,
};
