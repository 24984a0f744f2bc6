import type { ConnectAction } from '../../analyser/types';
import type { Composer, ComposerContext, Expectation, RelationshipAction, SiteAdapter } from '../types';
import { afterPrefix, cleanLabel, hasLabel, nearestWith, queryAll } from '../dom';
import * as S from './facebook.selectors';

/**
 * Facebook: the post dialog, comment/reply/answer boxes, Messenger threads and chat pop-ups, all
 * Lexical. Which box a composer is comes from where it sits (dialog form, `form[role=presentation]`,
 * Messenger's "Aa" box), not from its localised label; the label only names who posts or receives.
 */

function kindOf(element: HTMLElement): Pick<Composer, 'surface' | 'kind'> {
  if (element.matches(S.messengerComposer) || threadGroupOf(element)) return { surface: 'message', kind: 'messenger' };
  if (element.closest(S.commentForm)) {
    const reply = afterPrefix(element.getAttribute('aria-label'), S.replyAsPrefixes) !== undefined;
    return reply ? { surface: 'reply', kind: 'fb-reply' } : { surface: 'comment', kind: 'fb-comment' };
  }
  return { surface: 'post', kind: 'fb-post' };
}

function threadGroupOf(element: Element): Element | null {
  const group = element.closest(S.threadComposerGroup);
  return group && hasLabel(group, S.threadComposerLabels) ? group : null;
}

function postDialogOf(element: Element): Element | null {
  const dialog = element.closest(S.postDialog);
  return dialog?.querySelector(S.postForm) ? dialog : null;
}

/** The last role=button after `element` inside `scope`, in document order. */
function lastButtonAfter(scope: Element, element: Element): HTMLElement | null {
  const after = queryAll(scope, S.anyRoleButton).filter((b) => element.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING && !element.contains(b));
  return after.at(-1) ?? null;
}

/**
 * Messenger's send control: "Press enter to send" in the composer's box; in a UI language the
 * label table does not know, the last button after the composer in its thread-composer box.
 */
function messengerSend(element: HTMLElement): HTMLElement | null {
  const group = threadGroupOf(element);
  let node: Element | null = element.parentElement;
  for (let i = 0; node && i < 6; i++, node = node.parentElement) {
    const labelled = queryAll(node, S.roleButton).find((b) => hasLabel(b, S.messengerSendLabels));
    if (labelled) return labelled;
    if (node === group) break;
  }
  return group ? lastButtonAfter(group, element) : null;
}

function sendControlOf(composer: Composer): HTMLElement | null {
  const { element } = composer;
  if (composer.kind === 'messenger') return messengerSend(element);
  if (composer.kind === 'fb-comment' || composer.kind === 'fb-reply') {
    return element.closest(S.commentForm)?.querySelector<HTMLElement>(S.commentSubmit) ?? null;
  }
  const dialog = postDialogOf(element);
  if (!dialog) return null;
  // "Post" by its label. "Next" (Pages) only leads to the settings step, where "Post" is held. In a
  // language the tables do not know, the form's last button: Post, or Next, which then holds early.
  const buttons = queryAll(dialog, S.roleButton);
  const post = buttons.find((b) => hasLabel(b, S.postLabels));
  if (post) return post;
  if (buttons.some((b) => hasLabel(b, S.nextLabels))) return null;
  return lastButtonAfter(dialog.querySelector(S.postForm)!, element);
}

function usernameOf(path: string): string | undefined {
  const match = S.profileRoute.exec(path);
  return match && !S.notProfiles.includes(match[1]!.toLowerCase()) ? match[1] : undefined;
}

function relationshipOf(control: Element): ConnectAction | null {
  if (control.matches(S.menuItem)) return hasText(control, S.confirmLabels) ? 'accept-friend' : null;
  if (control.getAttribute('role') !== 'button') return null;
  if (hasLabel(control, S.addFriendLabels)) return 'add-friend';
  if (hasLabel(control, S.confirmLabels)) return 'accept-friend';
  if (hasLabel(control, S.followLabels)) return 'follow';
  if (hasLabel(control, S.profileMessageLabels)) return 'message';
  return null;
}

function hasText(element: Element, labels: readonly string[]): boolean {
  const text = cleanLabel(element.textContent).toLowerCase();
  return text !== '' && labels.some((l) => l.toLowerCase() === text);
}

/**
 * Whose profile a relationship button acts on: on a profile page the `h1` beside the buttons and
 * the username in the address; in a list, the card's link to the person's profile.
 */
function relationshipTarget(control: Element, doc: Document, action: ConnectAction): RelationshipAction | null {
  const pageUser = usernameOf(doc.defaultView?.location.pathname ?? '/');
  if (pageUser) {
    const heading = nearestWith<HTMLElement>(control, S.profileName, 6)?.match;
    if (heading) {
      const name = cleanLabel(heading.textContent);
      return { action, recipient: { username: pageUser, ...(name ? { name } : {}) } };
    }
  }
  // "Message" is only a relationship button on a profile page; elsewhere it opens other things.
  if (action === 'message') return null;
  const link = nearestWith<HTMLAnchorElement>(control, S.profileLink, 4)?.match;
  const username = link ? usernameOf(new URL(link.getAttribute('href')!, 'https://www.facebook.com/').pathname) : undefined;
  if (!link || !username) return null;
  const name = cleanLabel(link.textContent);
  return { action, recipient: { username, ...(name ? { name } : {}) } };
}

export const facebookAdapter: SiteAdapter = {
  id: 'facebook',
  watchedAttributes: S.watchedAttributes,
  shadowHosts: [],

  findComposers(root) {
    return queryAll(root, S.composer).map((element) => ({ element, editor: 'lexical' as const, ...kindOf(element) }));
  },

  findSendControl: sendControlOf,

  isSendControl(element, composer) {
    if (element.getAttribute('role') !== 'button') return false;
    return sendControlOf(composer) === element;
  },

  isSendKey(event, composer) {
    // The post dialog's Enter makes a new line; comments and Messenger send on Enter, Shift+Enter is a newline.
    if (composer.kind === 'fb-post') return false;
    return !event.shiftKey && !event.altKey;
  },

  readContext(composer): ComposerContext {
    const { element } = composer;
    const label = element.getAttribute('aria-label');
    if (composer.kind === 'messenger') {
      const main = element.closest(S.conversationMain);
      const mainLabel = main?.getAttribute('aria-label');
      const titled = afterPrefix(mainLabel, S.conversationTitledPrefixes);
      if (titled) return { recipientLabel: titled, group: true };
      const name = afterPrefix(mainLabel, S.conversationWithPrefixes) ?? afterPrefix(label, S.writeToPrefixes);
      return name ? { recipientLabel: name, recipient: { name } } : {};
    }
    if (composer.kind === 'fb-comment' || composer.kind === 'fb-reply') {
      const actor = afterPrefix(label, S.commentAsPrefixes) ?? afterPrefix(label, S.replyAsPrefixes);
      return actor ? { actor: { name: actor } } : {};
    }
    // Post dialog: the author's name sits beside the privacy button.
    const dialog = postDialogOf(element);
    const privacy = dialog ? queryAll(dialog, S.roleButton).find((b) => afterPrefix(b.getAttribute('aria-label'), S.privacyButtonPrefixes) !== undefined) : undefined;
    const author = privacy?.parentElement?.firstElementChild;
    const name = author && author !== privacy ? author.textContent?.trim() : undefined;
    return name ? { actor: { name } } : {};
  },

  expectations(doc, url) {
    const out: Expectation[] = [];
    if (S.threadRoute.test(url.pathname)) out.push({ kinds: ['messenger'], within: null });
    for (const dialog of queryAll(doc, S.postDialog)) {
      if (dialog.querySelector(S.postForm)) out.push({ kinds: ['fb-post'], within: dialog });
    }
    for (const holder of queryAll(doc, S.commentSubmitHolder)) {
      out.push({ kinds: ['fb-comment', 'fb-reply'], within: holder.closest('form') ?? holder.parentElement });
    }
    // A comment form under a post, or one with something editable in it, is a comment box, whatever its editor is called now.
    for (const form of queryAll(doc, S.commentForm)) {
      if (form.closest(S.article) || form.querySelector(S.anyEditable)) out.push({ kinds: ['fb-comment', 'fb-reply'], within: form });
    }
    for (const group of queryAll(doc, S.threadComposerGroup)) {
      if (hasLabel(group, S.threadComposerLabels)) out.push({ kinds: ['messenger'], within: group });
    }
    return out;
  },

  findRelationshipAction(control, doc) {
    const action = relationshipOf(control);
    return action ? relationshipTarget(control, doc, action) : null;
  },

  canApplyFixes: () => true,
};
