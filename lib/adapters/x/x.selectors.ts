/**
 * Every selector the X adapter uses, each with the replica page that is its evidence
 * (tests/replicas/src/x/*, served at https://x.com/ in the e2e suite) and the research behind it
 * (../shared/research/site-dom.md §2). X keeps `data-testid` values for its own tests; they do not
 * change with the UI language, so no label tables are needed here.
 */

/**
 * The post composer: Draft.js's contenteditable itself carries `data-testid="tweetTextarea_<n>"`.
 * Evidence: composer.tsx DraftComposer on `/home`, `/compose/post` (modal in #layers) and
 * `/<handle>/status/<id>` (reply). The `_label` and `RichTextInputContainer` testids share the
 * prefix but are not editable, hence the role and contenteditable.
 */
export const postComposer = '[data-testid^="tweetTextarea_"][contenteditable="true"][role="textbox"]';

/** Mobile-width layout: a plain textarea inside the same testid (site-dom.md §2.1; not in the replica). */
export const postComposerTextarea = '[data-testid^="tweetTextarea_"] textarea';

/** Post / Reply buttons: inline (home, reply) and modal. Evidence: composer.tsx (buttonTestId). */
export const postButton = 'button[data-testid="tweetButtonInline"], button[data-testid="tweetButton"]';

/** The modal composer's dialog. Evidence: main.tsx ComposeModal. */
export const dialog = '[role="dialog"]';

/** The signed-in account: the profile tab links to `/<handle>`. Evidence: main.tsx App (AppTabBar_Profile_Link). */
export const profileTab = 'a[data-testid="AppTabBar_Profile_Link"]';

/** The post being replied to on a status page. Evidence: main.tsx StatusPage / TweetArticle. */
export const statusRoute = /^\/([A-Za-z0-9_]{1,15})\/status\/\d+\/?$/;

/** X Chat lives in an open shadow root on this host, attached after the host mounts. Evidence: xchat.tsx XChatRoute. */
export const chatHost = '[data-testid="xchatEmbedRoute"]';

/** Inside the chat shadow root. Evidence: xchat.tsx ConversationPanel. */
export const chatComposer = 'textarea[data-testid="dm-composer-textarea"]';
export const chatForm = 'form[data-testid="dm-composer-form"]';
export const chatSendButton = '[data-testid="dm-composer-send-button"]';
export const chatHeader = '[data-testid="dm-conversation-header"]';
export const chatHeaderProfileLink = 'a[href]';
export const chatUsername = '[data-testid="dm-conversation-username"]';
export const chatPanel = '[data-testid="dm-conversation-panel"]';

/** A conversation route (not the inbox, requests or the passcode wall). Evidence: xchat.tsx ChatApp. */
export const chatConversationRoute = /^\/i\/chat\/(?!pin\/|requests\/?$)[^/]+\/?$/;

/** Routes that always show a post composer. Evidence: main.tsx Routes. */
export const postRoutes = [/^\/home\/?$/, /^\/compose\/post\/?$/];

export const watchedAttributes = ['contenteditable', 'role', 'data-testid'];

// ── Relationship buttons (issue 4) ──────────────────────────────────────────────────────

/**
 * Follow is `button[data-testid="<user id>-follow"]` (Following is `-unfollow`); Message on a
 * profile is `sendDMFromProfile`. Evidence: main.tsx ProfilePage.
 */
export const followButton = 'button[data-testid$="-follow"]';
export const profileMessageButton = '[data-testid="sendDMFromProfile"]';

/** The profile's display name and `@handle`. Evidence: main.tsx ProfilePage (`UserName`). */
export const profileUserName = '[data-testid="UserName"]';
export const profileUserNameSpans = 'span';

/** A profile `/<handle>`; the first segments below are X's own pages. Evidence: main.tsx Routes. */
export const profileRoute = /^\/([A-Za-z0-9_]{1,15})\/?$/;
export const notProfiles = ['home', 'explore', 'notifications', 'messages', 'i', 'settings', 'compose', 'search', 'login', 'logout', 'tos', 'privacy'];

/** A person in a list ("Who to follow"): a link to `/<handle>` near the button (site-dom.md §2; not in the replica). */
export const userCellLink = 'a[href^="/"]';
