import { formatPhone, PEOPLE } from '../shared/cast';
import { createStore, initialQuery } from '../shared/router';

export const locale: 'en' | 'pt' = initialQuery.get('locale') === 'pt' ? 'pt' : 'en';

const EN = {
  typeTo: (name: string) => `Type to ${name}`,
  typeToGroup: (name: string) => `Type to group ${name}`,
  typeMessage: 'Type a message',
  send: 'Send',
  voice: 'Voice message',
  attach: 'Attach',
  emoji: 'Emojis, GIFs, Stickers',
  search: 'Search or start a new chat',
  chatList: 'Chat list',
  newChat: 'New chat',
  back: 'Back',
  searchNameOrNumber: 'Search name or number',
  notInContacts: 'Not in your contacts',
  contactsOnWhatsApp: 'Contacts on WhatsApp',
  profileDetails: 'Profile details',
  menu: 'Menu',
  searchChat: 'Search…',
  contactInfo: 'click here for contact info',
  you: 'You',
  draft: 'Draft:',
  intro: 'Send and receive messages without keeping your phone online.',
};

const PT: typeof EN = {
  typeTo: (name) => `Digitar na conversa com ${name}`,
  typeToGroup: (name) => `Digitar no grupo ${name}`,
  typeMessage: 'Digite uma mensagem',
  send: 'Enviar',
  voice: 'Mensagem de voz',
  attach: 'Anexar',
  emoji: 'Emojis, GIFs, figurinhas',
  search: 'Pesquisar ou começar uma nova conversa',
  chatList: 'Lista de conversas',
  newChat: 'Nova conversa',
  back: 'Voltar',
  searchNameOrNumber: 'Pesquisar nome ou número',
  notInContacts: 'Não está nos seus contatos',
  contactsOnWhatsApp: 'Contatos no WhatsApp',
  profileDetails: 'Dados do perfil',
  menu: 'Mais opções',
  searchChat: 'Pesquisar…',
  contactInfo: 'clique aqui para dados do contato',
  you: 'Você',
  draft: 'Rascunho:',
  intro: 'Envie e receba mensagens sem precisar manter seu celular conectado.',
};

export const t = locale === 'pt' ? PT : EN;

export interface WaMessage {
  id: string;
  fromMe: boolean;
  text: string;
  /** Sender shown in data-pre-plain-text (group members, or the contact). */
  author: string;
  /** Group messages: the sender's jid, appended to data-id. */
  authorJid?: string;
  time: string;
}

export interface Chat {
  /** Jid used in message data-ids: `<digits>@c.us`, `<id>@lid` or `<id>@g.us`. */
  jid: string;
  kind: 'contact' | 'unsaved' | 'group';
  /** Saved name or group subject; for an unsaved chat, the formatted number. */
  name: string;
  phone?: string;
  participants?: string[];
  messages: WaMessage[];
  draft: string;
}

export interface Contact {
  name: string;
  phone: string;
}

/** Saved contacts (the phone's address book). Katya's and Hope's numbers are deliberately not saved. */
export const contacts: Contact[] = [
  { name: PEOPLE.bilal.name, phone: PEOPLE.bilal.phone },
  { name: PEOPLE.olena.name, phone: PEOPLE.olena.phone },
  { name: PEOPLE.jamie.name, phone: PEOPLE.jamie.phone },
];

let counter = 0;
/** WhatsApp Web message ids look like 3EB0 + hex. */
export function messageId(): string {
  const hex = (Date.now().toString(16) + (counter++).toString(16).padStart(4, '0') + Math.random().toString(16).slice(2)).toUpperCase();
  return `3EB0${hex.slice(0, 16)}`;
}

const incoming = (author: string, text: string, time: string, authorJid?: string): WaMessage => ({ id: messageId(), fromMe: false, text, author, time, ...(authorJid ? { authorJid } : {}) });
const outgoing = (text: string, time: string): WaMessage => ({ id: messageId(), fromMe: true, text, author: 'Sam Taylor', time });

export const jidOf = (phone: string): string => `${phone.replace(/\D/g, '')}@c.us`;

export const GROUP_NAME = 'Riverside Youth Football';

export const chats = createStore<Chat[]>([
  {
    jid: '120363025550011223@g.us',
    kind: 'group',
    name: GROUP_NAME,
    // Hope Barker (a child) is in the group but not in the address book, so she shows as a number.
    participants: [PEOPLE.bilal.name, PEOPLE.jamie.name, formatPhone(PEOPLE.hope.phone)],
    messages: [
      incoming(PEOPLE.jamie.name, 'Pitch is booked for 10am', '09:12', jidOf(PEOPLE.jamie.phone)),
      incoming(PEOPLE.bilal.name, 'I can bring the cones', '09:15', jidOf(PEOPLE.bilal.phone)),
      incoming(formatPhone(PEOPLE.hope.phone), 'can my friend come too?', '09:20', '226601982354871@lid'),
    ],
    draft: '',
  },
  {
    jid: jidOf(PEOPLE.bilal.phone),
    kind: 'contact',
    name: PEOPLE.bilal.name,
    phone: PEOPLE.bilal.phone,
    messages: [incoming(PEOPLE.bilal.name, 'Is training still on Saturday?', '08:41'), outgoing('Yes, 10am as usual', '08:45')],
    draft: '',
  },
  {
    jid: jidOf(PEOPLE.katya.phone),
    kind: 'unsaved',
    name: formatPhone(PEOPLE.katya.phone),
    phone: PEOPLE.katya.phone,
    messages: [incoming(formatPhone(PEOPLE.katya.phone), 'hi is this the homework club?', 'Yesterday')],
    draft: '',
  },
  {
    // WhatsApp increasingly hides the number behind a @lid id; only the saved name is visible.
    jid: '208834511900123@lid',
    kind: 'contact',
    name: PEOPLE.olena.name,
    phone: PEOPLE.olena.phone,
    messages: [incoming(PEOPLE.olena.name, 'Thank you for the letter about the school place', 'Yesterday')],
    draft: '',
  },
  {
    jid: jidOf(PEOPLE.jamie.phone),
    kind: 'contact',
    name: PEOPLE.jamie.name,
    phone: PEOPLE.jamie.phone,
    messages: [incoming(PEOPLE.jamie.name, 'Can you cover the stall on Sunday?', 'Monday')],
    draft: '',
  },
]);

/** Finds the chat for a phone number, creating an unsaved (or saved-contact) chat when there is none. */
export function chatForPhone(digits: string): Chat {
  const existing = chats.get().find((chat) => chat.phone && chat.phone.replace(/\D/g, '') === digits);
  if (existing) return existing;
  const contact = contacts.find((c) => c.phone.replace(/\D/g, '') === digits);
  const phone = `+${digits}`;
  const chat: Chat = { jid: `${digits}@c.us`, kind: contact ? 'contact' : 'unsaved', name: contact?.name ?? formatPhone(phone), phone, messages: [], draft: '' };
  chats.set((all) => [chat, ...all]);
  return chat;
}

export function updateChat(jid: string, change: (chat: Chat) => Chat): void {
  chats.set((all) => all.map((chat) => (chat.jid === jid ? change(chat) : chat)));
}

export function timeNow(): string {
  const now = new Date();
  return `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
}
