/**
 * Every selector and label the Facebook adapter uses, each with the replica page that is its
 * evidence (tests/replicas/src/facebook/*, served at https://www.facebook.com/ in the e2e suite)
 * and the research behind it (../shared/research/site-dom.md §3). Facebook has no data-testid:
 * only roles, a few ids and localised aria-labels, so labels come in a table per UI language
 * (English and Portuguese, as the replica's `?locale=pt` renders them).
 */

/**
 * Any Lexical composer: post dialog, comment/reply/answer box, Messenger thread and pop-up.
 * Evidence: feed.tsx CreatePostDialog and CommentBox, messenger.tsx MessengerComposer (route `/`,
 * `/messages/t/<id>`). Lexical itself sets data-lexical-editor on its root (site-dom.md §3.1–3.3).
 */
export const composer = '[contenteditable="true"][role="textbox"][data-lexical-editor="true"]';

/** Messenger composers carry aria-placeholder "Aa" in every language. Evidence: messenger.tsx MessengerComposer. */
export const messengerComposer = '[aria-placeholder="Aa"]';

/** The group around a Messenger composer ("Thread composer"). Evidence: messenger.tsx MessengerComposer. */
export const threadComposerGroup = '[role="group"][aria-label]';
export const threadComposerLabels = ['Thread composer', 'Compositor da conversa'];

/** Comment, reply and answer boxes sit in `form[role=presentation]`. Evidence: feed.tsx CommentBox. */
export const commentForm = 'form[role="presentation"]';

/** Posts and comments in the feed: a comment form inside one is a comment box (health). Evidence: feed.tsx PostCard, CommentView. */
export const article = '[role="article"]';

/** Anything a person can type into: a renamed composer still matches this (health). Evidence: feed.tsx CommentBox. */
export const anyEditable = '[contenteditable="true"], [contenteditable="plaintext-only"], textarea';

/** The comment box's submit control, present on the focused box only. Evidence: feed.tsx CommentBox. */
export const commentSubmit = '#focused-state-composer-submit [role="button"]';
export const commentSubmitHolder = '#focused-state-composer-submit';

/** The post composer dialog ("Create post") with its `form method=POST`. Evidence: feed.tsx CreatePostDialog. */
export const postDialog = '[role="dialog"]';
export const postForm = 'form[method="POST" i]';

/** Role buttons, labelled in the page's language. Evidence: ui.tsx RoleButton. */
export const roleButton = '[role="button"][aria-label]';
export const anyRoleButton = '[role="button"]';

/** The final "Post" in the post dialog (after "Next" → "Post settings" on Pages). Evidence: feed.tsx CreatePostDialog, `?flow=next`. */
export const postLabels = ['Post', 'Publicar'];
/** "Next" on a Page's post dialog leads to "Post settings"; not a send. Evidence: feed.tsx CreatePostDialog, `?flow=next`. */
export const nextLabels = ['Next', 'Avançar'];

/** Messenger's send control while the draft has text ("Press enter to send"; capitalisation varies). Evidence: messenger.tsx. */
export const messengerSendLabels = ['press enter to send', 'pressione enter para enviar'];

/** Messenger conversation header: `[role=main][aria-label="Conversation with <Name>"]`. Evidence: messenger.tsx MessengerPage. */
export const conversationMain = '[role="main"][aria-label]';
export const conversationWithPrefixes = ['Conversation with ', 'Conversa com '];
export const conversationTitledPrefixes = ['Conversation titled ', 'Conversa intitulada '];

/** Pop-up chat composer label "Write to <Name>". Evidence: messenger.tsx ChatPopup. */
export const writeToPrefixes = ['Write to ', 'Escreva para '];

/** Who posts: "Comment as <Name>", "Reply as <Name>", "Answer as <Name>". Evidence: feed.tsx CommentBox. */
export const commentAsPrefixes = ['Comment as ', 'Comentar como ', 'Answer as ', 'Dar resposta como '];
export const replyAsPrefixes = ['Reply as ', 'Responder como '];

/** The author shown in the post dialog's header, beside the privacy button. Evidence: feed.tsx CreatePostDialog. */
export const privacyButtonPrefixes = ['Edit privacy', 'Editar privacidade'];

/** Routes of a Messenger thread, where a composer must be present. Evidence: main.tsx Routes. */
export const threadRoute = /^\/messages(?:\/e2ee)?\/t\/[^/]+\/?$/;

export const watchedAttributes = ['contenteditable', 'role', 'data-lexical-editor', 'aria-label', 'aria-placeholder'];

// ── Relationship buttons (issue 4) ──────────────────────────────────────────────────────

/**
 * Relationship buttons are `div[role=button]` named by a localised aria-label; the profile's
 * "Respond" menu offers Confirm as a `[role=menuitem]` named by its text. Evidence: profile.tsx
 * RelationshipButtons and FriendRequestsPage, data.ts (en, pt).
 */
export const addFriendLabels = ['Add friend', 'Adicionar amigo'];
export const confirmLabels = ['Confirm', 'Confirmar'];
export const followLabels = ['Follow', 'Seguir'];
export const profileMessageLabels = ['Message', 'Mensagem'];
export const menuItem = '[role="menuitem"]';

/**
 * A profile page `/<username>`: the name is the `[role=main] h1`, near the buttons. Usernames are
 * 5–50 letters, digits and dots; the first path segments below are Facebook's own pages, not
 * people. Evidence: main.tsx Routes, profile.tsx ProfilePage.
 */
export const profileRoute = /^\/([A-Za-z0-9.]{5,50})\/?$/;
export const notProfiles = ['messages', 'friends', 'groups', 'watch', 'marketplace', 'notifications', 'settings', 'bookmarks', 'search', 'events', 'gaming', 'pages', 'profile.php'];
export const profileName = 'h1';

/** A person's card in a list (friend requests, people you may know): a link to `/<username>`. Evidence: profile.tsx FriendRequestsPage. */
export const profileLink = 'a[href^="/"]';
