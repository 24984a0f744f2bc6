import { PEOPLE, SIGNED_IN } from '../shared/cast';
import { createStore, initialQuery } from '../shared/router';

export const locale: 'en' | 'pt' = initialQuery.get('locale') === 'pt' ? 'pt' : 'en';

const EN = {
  postText: 'Post text',
  whatsHappening: 'What’s happening?',
  postYourReply: 'Post your reply',
  post: 'Post',
  reply: 'Reply',
  close: 'Close',
  follow: 'Follow',
  following: 'Following',
  followHandle: (handle: string) => `Follow @${handle}`,
  followingHandle: (handle: string) => `Following @${handle}`,
  unfollowQuestion: (handle: string) => `Unfollow @${handle}?`,
  unfollow: 'Unfollow',
  cancel: 'Cancel',
  message: 'Message',
  followsYou: 'Follows you',
  moreActions: 'More',
  noAccount: 'This account doesn’t exist',
  home: 'Home',
  chat: 'Chat',
  profile: 'Profile',
  dmMessage: 'Message',
  send: 'Send',
  voice: 'Voice message',
  search: 'Search',
  passcode: 'Enter your passcode',
  digit: (n: number) => `Digit ${n} of 4`,
  selectConversation: 'Select a conversation',
};

const PT: typeof EN = {
  postText: 'Texto do post',
  whatsHappening: 'O que está acontecendo?',
  postYourReply: 'Poste sua resposta',
  post: 'Postar',
  reply: 'Responder',
  close: 'Fechar',
  follow: 'Seguir',
  following: 'Seguindo',
  followHandle: (handle) => `Seguir @${handle}`,
  followingHandle: (handle) => `Seguindo @${handle}`,
  unfollowQuestion: (handle) => `Deixar de seguir @${handle}?`,
  unfollow: 'Deixar de seguir',
  cancel: 'Cancelar',
  message: 'Mensagem',
  followsYou: 'Segue você',
  moreActions: 'Mais',
  noAccount: 'Esta conta não existe',
  home: 'Página Inicial',
  chat: 'Chat',
  profile: 'Perfil',
  dmMessage: 'Mensagem',
  send: 'Enviar',
  voice: 'Mensagem de voz',
  search: 'Buscar',
  passcode: 'Digite sua senha',
  digit: (n) => `Dígito ${n} de 4`,
  selectConversation: 'Selecione uma conversa',
};

export const t = locale === 'pt' ? PT : EN;

export interface XUser {
  id: string;
  handle: string;
  name: string;
  following: boolean;
  followsYou: boolean;
  bio: string;
}

export const ME: XUser = { id: '1500000000000000042', handle: 'samtaylor_vol', name: SIGNED_IN.name, following: false, followsYou: false, bio: 'Volunteer.' };

const user = (id: string, handle: string, name: string, following: boolean, followsYou: boolean, bio: string): XUser => ({ id, handle, name, following, followsYou, bio });

/** Different follow states per handle; user ids are numeric strings as on X. */
export const users = createStore<Record<string, XUser>>(
  Object.fromEntries(
    [
      user('1700000000000000112', PEOPLE.bilal.x, PEOPLE.bilal.name, false, false, 'football and five-a-side'), // child, not followed
      user('1700000000000000103', PEOPLE.omar.x, PEOPLE.omar.name, false, true, 'gaming'), // child, follows you
      user('1700000000000000122', PEOPLE.shirin.x, PEOPLE.shirin.name, true, true, 'Baker.'), // adult client, followed
      user('1700000000000000110', PEOPLE.farid.x, PEOPLE.farid.name, false, false, ''), // adult client
      user('1700000000000000129', PEOPLE.hamid.x, PEOPLE.hamid.name, false, false, 'Apprentice electrician'), // client
      user('1600000000000000901', PEOPLE.jamie.x, PEOPLE.jamie.name, false, false, 'Cyclist. Quiz nerd.'), // stranger
      user('1400000000000000400', 'RiversideRS', 'Riverside Refugee Support', true, true, 'Charity supporting refugees in Riverside.'),
      ME,
    ].map((u) => [u.handle.toLowerCase(), u]),
  ),
);

export function findUser(handle: string): XUser | undefined {
  return users.get()[handle.toLowerCase()];
}

export function setFollowing(handle: string, following: boolean): void {
  users.set((all) => {
    const key = handle.toLowerCase();
    const current = all[key];
    return current ? { ...all, [key]: { ...current, following } } : all;
  });
}

export interface Tweet {
  id: string;
  handle: string;
  text: string;
}

export const timeline = createStore<Tweet[]>([
  { id: '1790000000000000001', handle: 'RiversideRS', text: 'Drop-in this Thursday 2–5pm at the community centre. Everyone welcome.' },
  { id: '1790000000000000002', handle: PEOPLE.jamie.x, text: 'Quiz night at the Anchor tonight, teams of four.' },
  { id: '1790000000000000003', handle: PEOPLE.shirin.x, text: 'Fresh bread at the market stall from 8am!' },
]);

let counter = 0;
export const nextId = (): string => `${Date.now()}${(counter++).toString().padStart(3, '0')}`;

/** One-to-one XChat ids are `<lower user id>-<higher user id>`. */
export function chatIdWith(other: XUser): string {
  const [low, high] = BigInt(ME.id) < BigInt(other.id) ? [ME.id, other.id] : [other.id, ME.id];
  return `${low}-${high}`;
}

export interface ChatMessage {
  id: string;
  mine: boolean;
  text: string;
}

export interface Conversation {
  id: string;
  /** Handles of the other participants (several for a group). */
  handles: string[];
  title?: string;
  messages: ChatMessage[];
}

const uuid = (): string => crypto.randomUUID();

const direct = (handle: string, messages: Array<[boolean, string]>): Conversation => ({
  id: chatIdWith(findUser(handle)!),
  handles: [handle],
  messages: messages.map(([mine, text]) => ({ id: uuid(), mine, text })),
});

export const conversations = createStore<Conversation[]>([
  direct(PEOPLE.bilal.x, [[false, 'are we training on saturday?']]),
  direct(PEOPLE.omar.x, [[false, 'hi']]),
  direct(PEOPLE.jamie.x, [
    [false, 'Are you in for the quiz?'],
    [true, 'Maybe, who else is coming?'],
  ]),
  { id: '1800000000000000777', handles: [PEOPLE.jamie.x, PEOPLE.shirin.x], title: 'Market stall rota', messages: [{ id: uuid(), mine: false, text: 'Who can do Sunday?' }] },
]);

export function ensureConversation(handle: string): Conversation {
  const other = findUser(handle)!;
  const id = chatIdWith(other);
  const existing = conversations.get().find((c) => c.id === id);
  if (existing) return existing;
  const created = direct(other.handle, []);
  conversations.set((all) => [created, ...all]);
  return created;
}

export function appendChatMessage(id: string, text: string): void {
  conversations.set((all) => all.map((c) => (c.id === id ? { ...c, messages: [...c.messages, { id: uuid(), mine: true, text }] } : c)));
}
