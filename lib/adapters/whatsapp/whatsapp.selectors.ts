/**
 * Every selector and label the WhatsApp Web adapter uses, each with the replica page that is its
 * evidence (tests/replicas/src/whatsapp/main.tsx, served at https://web.whatsapp.com/ in the e2e
 * suite) and the research behind it (../shared/research/site-dom.md §1). WhatsApp removed its
 * data-testids in 2023; what is left is ids (#main), data-icon, data-tab, data-lexical-* and roles.
 */

/** The open chat. Re-created on every chat switch; the URL stays `/`. Evidence: main.tsx MainPane. */
export const chatPane = '#main';

/** The chat's footer, which holds the composer. Evidence: main.tsx Composer. */
export const chatFooter = '#main footer';

/**
 * The chat composer, scoped to the footer so the search box and media-caption editors never match.
 * Evidence: main.tsx Composer (LexicalComposer with data-tab="10"; Lexical adds data-lexical-editor).
 */
export const composer = '#main footer [contenteditable="true"][data-lexical-editor="true"]';

/**
 * The send button's icon, present only while the draft has text (voice button otherwise); the
 * aria-label ("Send", "Enviar") is localised, the data-icon is not. Evidence: main.tsx Composer
 * (IconButton icon="wds-ic-send-filled"); whatly PR #101 (2026-08).
 */
export const sendIcon = 'span[data-icon="wds-ic-send-filled"]';
export const sendButton = 'button, [role="button"]';

/** The composer's label names the chat. Evidence: main.tsx Composer, data.ts typeTo / typeToGroup (en, pt). */
export const typeToGroupPrefixes = ['Type to group ', 'Digitar no grupo '];
export const typeToPrefixes = ['Type to ', 'Digitar na conversa com '];

/** The header's name span (title may be missing; numbers come wrapped in bidi marks). Evidence: main.tsx MainPane. */
export const headerName = '#main header span[dir="auto"]';

/**
 * A group's header subtitle lists its participants ("Bilal Ahmadzai, Jamie Collins, +44 7700 900121,
 * You"), names for saved contacts and numbers otherwise, with the viewer as "You" last.
 * Evidence: main.tsx MainPane (subtitle span with a title), data.ts `you` (en, pt).
 */
export const headerSubtitle = '#main header span[title]:not([dir])';
export const participantSeparator = ', ';
export const youLabels = ['You', 'Você'];

/**
 * "New chat": each contact, and a typed number that is not a contact ("Not in your contacts"), is a
 * `[role=button]` row in `#side` holding the name or number in `span[dir=auto][title]` (numbers in
 * bidi marks) and, for contacts, the number below it. Chat-list rows are `role=row`, never these.
 * Evidence: main.tsx NewChatDrawer.
 */
export const newChatRow = '#side [role="button"]';
export const newChatRowTitle = 'span[dir="auto"][title]';
export const newChatRowSubtitle = 'div';

export const watchedAttributes = ['contenteditable', 'data-lexical-editor', 'aria-label', 'data-icon'];
