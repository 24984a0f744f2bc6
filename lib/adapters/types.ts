import type { ConnectAction, Recipient, Surface } from '../analyser/types';
import type { Platform } from '../profile/source.schema';
import type { EditorKind } from './editors/types';

/**
 * A site adapter is data plus a few functions: the only code that knows a host page's DOM.
 * It never analyses text, renders UI or talks to the browser. Every selector it uses lives in
 * `<id>.selectors.ts`, next to the replica page that is its evidence.
 */
export type AdapterId = Platform;

/** One composer on the page: the editable element and what kind of box it is. */
export interface Composer {
  element: HTMLElement;
  editor: EditorKind;
  surface: Surface;
  /** Short, stable name of the kind of box, for health reports and tests (`x-post`, `messenger`). */
  kind: string;
}

/** Who writes and who reads, as the page shows it. Identity is compared with the profile's own accounts. */
export interface ComposerContext {
  /** The identity the page says will post ("Comment as <Name>", the signed-in @handle). */
  actor?: { name?: string; handle?: string };
  /** Direct messages and chats: who receives it. */
  recipient?: Recipient;
  /** A name the page shows for the recipient, the group, or the author replied to. */
  recipientLabel?: string;
  /** A chat with several people. */
  group?: boolean;
  /** A public reply under someone else's post. */
  publicReply?: boolean;
}

/** A relationship button (Add friend, Confirm, Follow, Message, a new chat) and whose profile it acts on. */
export interface RelationshipAction {
  action: ConnectAction;
  /** The person as the page shows them: display name, username from the URL, handle, number. */
  recipient: Recipient;
}

/** A place where the page promises a composer (a chat footer, a send button, a route). */
export interface Expectation {
  /** Which kinds of composer satisfy it (`Composer.kind`), e.g. `['whatsapp-chat']`. */
  kinds: readonly string[];
  /** Composers inside this node satisfy it; `null` means anywhere on the page. */
  within: Node | null;
}

export interface SiteAdapter {
  id: AdapterId;
  /** Attributes the selectors read, so the page watcher notices a composer renamed in place. */
  watchedAttributes: readonly string[];
  /** Hosts of open shadow roots that may hold composers (X Chat). */
  shadowHosts: readonly string[];
  /** Every composer in `root` (the document, or an open shadow root). */
  findComposers(root: Document | ShadowRoot): Composer[];
  /** The control that sends this composer's draft now, if the page shows one. */
  findSendControl(composer: Composer): HTMLElement | null;
  /** Whether `element` (from a click's composed path) is a control that sends `composer`'s draft. */
  isSendControl(element: Element, composer: Composer): boolean;
  /** Whether this key press sends the draft (Enter on chats, Ctrl/Cmd+Enter on X posts). */
  isSendKey(event: KeyboardEvent, composer: Composer): boolean;
  /** What the page says about who writes and who reads. */
  readContext(composer: Composer): ComposerContext;
  /** Where the page promises a composer now (for health): routes, chat footers, send buttons. */
  expectations(doc: Document, url: URL): Expectation[];
  /**
   * `control` is the first button-like element (button, role=button, role=menuitem) of a click's
   * composed path. Returns what it does to a relationship and with whom, or null for every other
   * control. Runs for every such click, so it must be cheap and synchronous.
   */
  findRelationshipAction(control: Element, doc: Document): RelationshipAction | null;
  /** Whether applying a safer wording is reliable on this composer; if not, the card offers select and copy. */
  canApplyFixes(composer: Composer): boolean;
}
