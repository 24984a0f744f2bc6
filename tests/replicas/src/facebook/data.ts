import { PEOPLE, SIGNED_IN } from '../shared/cast';
import { createStore, initialQuery } from '../shared/router';

export const locale: 'en' | 'pt' = initialQuery.get('locale') === 'pt' ? 'pt' : 'en';

const EN = {
  whatsOnYourMind: (first: string) => `What's on your mind, ${first}?`,
  createPost: 'Create post',
  closeComposer: 'Close composer dialog',
  privacy: 'Edit privacy. Sharing with Friends',
  post: 'Post',
  next: 'Next',
  postSettings: 'Post settings',
  commentAs: (name: string) => `Comment as ${name}`,
  replyAs: (name: string) => `Reply as ${name}`,
  answerAs: (name: string) => `Answer as ${name}`,
  writeComment: 'Write a comment…',
  comment: 'Comment',
  reply: 'Reply',
  like: 'Like',
  message: 'Message',
  writeTo: (name: string) => `Write to ${name}`,
  pressEnterToSend: 'Press enter to send',
  sendLike: 'Send a Like',
  conversationWith: (name: string) => `Conversation with ${name}`,
  conversationTitled: (name: string) => `Conversation titled ${name}`,
  messagesWith: (name: string) => `Messages in conversation with ${name}`,
  messagesTitled: (name: string) => `Messages in conversation titled ${name}`,
  threadComposer: 'Thread composer',
  chats: 'Chats',
  closeChat: 'Close chat',
  newMessage: 'New message',
  contacts: 'Contacts',
  addFriend: 'Add friend',
  cancelRequest: 'Cancel request',
  friends: 'Friends',
  unfriend: 'Unfriend',
  respond: 'Respond',
  confirm: 'Confirm',
  deleteRequest: 'Delete request',
  delete: 'Delete',
  follow: 'Follow',
  following: 'Following',
  unfollow: 'Unfollow',
  editProfile: 'Edit profile',
  friendRequests: 'Friend requests',
  peopleYouMayKnow: 'People you may know',
  requestAccepted: 'Request accepted',
  requestRemoved: 'Request removed',
  requestSent: 'Request sent',
  unavailable: "This content isn't available right now",
  endToEnd: 'End-to-end encrypted',
  selectChat: 'Select a chat or start a new conversation',
};

const PT: typeof EN = {
  whatsOnYourMind: (first) => `No que você está pensando, ${first}?`,
  createPost: 'Criar publicação',
  closeComposer: 'Fechar caixa de diálogo do compositor',
  privacy: 'Editar privacidade. Compartilhando com Amigos',
  post: 'Publicar',
  next: 'Avançar',
  postSettings: 'Configurações da publicação',
  commentAs: (name) => `Comentar como ${name}`,
  replyAs: (name) => `Responder como ${name}`,
  answerAs: (name) => `Dar resposta como ${name}`,
  writeComment: 'Escreva um comentário…',
  comment: 'Comentar',
  reply: 'Responder',
  like: 'Curtir',
  message: 'Mensagem',
  writeTo: (name) => `Escreva para ${name}`,
  pressEnterToSend: 'Pressione Enter para enviar',
  sendLike: 'Enviar curtida',
  conversationWith: (name) => `Conversa com ${name}`,
  conversationTitled: (name) => `Conversa intitulada ${name}`,
  messagesWith: (name) => `Mensagens na conversa com ${name}`,
  messagesTitled: (name) => `Mensagens na conversa intitulada ${name}`,
  threadComposer: 'Compositor da conversa',
  chats: 'Conversas',
  closeChat: 'Fechar conversa',
  newMessage: 'Nova mensagem',
  contacts: 'Contatos',
  addFriend: 'Adicionar amigo',
  cancelRequest: 'Cancelar solicitação',
  friends: 'Amigos',
  unfriend: 'Desfazer amizade',
  respond: 'Responder',
  confirm: 'Confirmar',
  deleteRequest: 'Excluir solicitação',
  delete: 'Excluir',
  follow: 'Seguir',
  following: 'Seguindo',
  unfollow: 'Deixar de seguir',
  editProfile: 'Editar perfil',
  friendRequests: 'Solicitações de amizade',
  peopleYouMayKnow: 'Pessoas que você talvez conheça',
  requestAccepted: 'Solicitação aceita',
  requestRemoved: 'Solicitação removida',
  requestSent: 'Solicitação enviada',
  unavailable: 'Este conteúdo não está disponível no momento',
  endToEnd: 'Criptografia de ponta a ponta',
  selectChat: 'Selecione uma conversa ou inicie uma nova',
};

export const t = locale === 'pt' ? PT : EN;

export const ME = { ...SIGNED_IN, username: 'sam.taylor', id: '100090000000042' };

/** Friendship as Facebook shows it from the signed-in user's side. */
export type Friendship = 'none' | 'outgoing' | 'incoming' | 'friends';

export interface FacebookPerson {
  username: string;
  name: string;
  /** Messenger thread id (`/messages/t/<id>`). */
  threadId: string;
  friendship: Friendship;
  /** null: the profile has no Follow button (ordinary personal profile). */
  following: boolean | null;
}

const person = (username: string, name: string, threadId: string, friendship: Friendship, following: boolean | null = null): FacebookPerson => ({
  username,
  name,
  threadId,
  friendship,
  following,
});

/** Each username starts in a different relationship state, so every button state is reachable. */
export const people = createStore<Record<string, FacebookPerson>>(
  Object.fromEntries(
    [
      person(PEOPLE.bilal.facebook, PEOPLE.bilal.name, '100090000000012', 'none'), // child, not a friend
      person(PEOPLE.katya.facebook, PEOPLE.katya.facebookName, '100090000000015', 'incoming'), // child, sent you a request
      person(PEOPLE.shirin.facebook, PEOPLE.shirin.name, '100090000000022', 'outgoing'), // adult client, request pending
      person(PEOPLE.olena.facebook, PEOPLE.olena.name, '100090000000014', 'friends'), // adult client, friends
      person(PEOPLE.hamid.facebook, PEOPLE.hamid.name, '100090000000029', 'incoming'), // client, sent you a request
      person(PEOPLE.dawit.facebook, PEOPLE.dawit.name, '100090000000018', 'none', true), // client, you follow them
      person(PEOPLE.jamie.facebook, PEOPLE.jamie.name, '100090000000901', 'none', false), // stranger, Follow offered
      person(PEOPLE.priya.facebook, PEOPLE.priya.name, '100090000000902', 'friends'), // stranger, friends
      person(PEOPLE.alex.facebook, PEOPLE.alex.name, '100090000000903', 'incoming'), // stranger, sent you a request
    ].map((p) => [p.username, p]),
  ),
);

export function updatePerson(username: string, change: Partial<FacebookPerson>): void {
  people.set((all) => {
    const current = all[username];
    return current ? { ...all, [username]: { ...current, ...change } } : all;
  });
}

export interface Message {
  id: string;
  from: string; // display name; ME.name for own messages
  text: string;
}

export interface Thread {
  id: string;
  title: string;
  /** Set for one-to-one threads. */
  username?: string;
  group: boolean;
  messages: Message[];
}

let messageCounter = 0;
export const nextId = (prefix: string): string => `${prefix}${Date.now().toString(36)}${(messageCounter++).toString(36)}`;

const oneToOne = (username: string, messages: Array<[string, string]>): Thread => {
  const p = people.get()[username]!;
  return { id: p.threadId, title: p.name, username, group: false, messages: messages.map(([from, text]) => ({ id: nextId('m'), from, text })) };
};

export const threads = createStore<Thread[]>([
  oneToOne(PEOPLE.bilal.facebook, [[PEOPLE.bilal.name, 'Is football still on this Saturday?']]),
  oneToOne(PEOPLE.katya.facebook, [[PEOPLE.katya.facebookName, 'Hi, thank you for the help with my homework']]),
  oneToOne(PEOPLE.shirin.facebook, [[PEOPLE.shirin.name, 'What time is the drop-in tomorrow?']]),
  oneToOne(PEOPLE.jamie.facebook, [[PEOPLE.jamie.name, 'Are you coming to the quiz night?']]),
  oneToOne(PEOPLE.priya.facebook, [[PEOPLE.priya.name, 'Lunch on Friday?']]),
  {
    id: '7000000000001',
    title: 'Riverside Volunteers',
    group: true,
    messages: [
      { id: nextId('m'), from: PEOPLE.priya.name, text: 'Rota for next week is up' },
      { id: nextId('m'), from: PEOPLE.jamie.name, text: 'Thanks!' },
    ],
  },
]);

/** Every person has a thread (empty until someone writes), so pop-ups never create state mid-render. */
for (const p of Object.values(people.get())) {
  if (!threads.get().some((thread) => thread.username === p.username)) threads.set((all) => [...all, oneToOne(p.username, [])]);
}

export function threadFor(username: string): Thread | undefined {
  return threads.get().find((thread) => thread.username === username);
}

export function appendMessage(threadId: string, text: string): void {
  threads.set((all) => all.map((thread) => (thread.id === threadId ? { ...thread, messages: [...thread.messages, { id: nextId('m'), from: ME.name, text }] } : thread)));
}

export interface Comment {
  id: string;
  author: string;
  text: string;
  replies: Comment[];
}

export interface Post {
  id: string;
  author: string;
  /** Group the post was shared in, if any. */
  group?: string;
  text: string;
  /** Q&A posts label their box "Answer as …". */
  question?: boolean;
  comments: Comment[];
}

export const posts = createStore<Post[]>([
  {
    id: 'post-youth-club',
    author: 'Riverside Youth Club',
    text: 'Football training is back on Saturday at 10am. All welcome!',
    comments: [{ id: 'comment-jamie', author: PEOPLE.jamie.name, text: 'Great news, see you there', replies: [] }],
  },
  {
    id: 'post-jamie',
    author: PEOPLE.jamie.name,
    text: 'Does anyone know a good bike repair shop near the market?',
    comments: [],
  },
  {
    id: 'post-question',
    author: PEOPLE.priya.name,
    group: 'Riverside Volunteers Network',
    text: 'Question: what time does the Saturday drop-in open?',
    question: true,
    comments: [],
  },
]);

/** The docked Messenger pop-up: which person it is open for, if any. */
export const popupChat = createStore<string | null>(initialQuery.get('chat') === 'none' ? null : (initialQuery.get('chat') ?? PEOPLE.katya.facebook));
