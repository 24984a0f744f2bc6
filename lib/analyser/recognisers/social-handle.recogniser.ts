import { parsePhone } from '../../profile/phone';
import { normaliseHandle } from '../register/variants';
import type { AnalysisContext, Candidate, Recogniser } from '../types';
import { belongsToRecipient } from './identifiers/recipient';

/**
 * Social handles and profile links. An @mention is ordinary social media, so it is judged on
 * evidence: a handle on the register is always reported; an unknown handle is reported when it
 * is shaped like a personal account or the words around it point someone at a person ("DM him on
 * Insta"); an organisation's handle in a thank-you is left alone. Profile links (facebook.com/…,
 * wa.me/…) are deliberate pointers at one account and weigh more.
 */

const ID = 'social-handle';
/** No real draft holds more; the cap keeps overlap checks cheap on pathological input. */
const MAX_FOUND = 100;
const SUGGESTION = '[account removed]';

const EXPLAIN = "This looks like someone's personal social media account. Shared, it could let someone find or contact them without their say.";
const EXPLAIN_LINK = "This links to someone's personal profile or chat. Shared, it could let someone find or contact them without their say.";
const EXPLAIN_REGISTER =
  "This is an account of someone on your organisation's register. Shared, it could let someone find or contact them without their say.";

/**
 * "@handle": platforms allow letters, digits and underscores (X: 15, Instagram and TikTok: 30 with
 * dots). The character before must not be a letter or digit (that is an email) nor "#" or "/".
 */
const MENTION = /(?<![\p{L}\p{N}_@.#/\\&+-])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,29}))/gu;

/**
 * Profile and chat links. The host list is closed, so the alternation is literal and each match
 * starts at a fixed point; the path is one bounded segment class.
 */
const LINK =
  /(?<![\p{L}\p{N}.@-])(?:https?:\/\/)?(?:(?:www|m|mobile|web|mbasic|vm)\.)?(facebook\.com|fb\.com|fb\.me|m\.me|x\.com|twitter\.com|instagram\.com|instagr\.am|tiktok\.com|wa\.me|api\.whatsapp\.com|t\.me|telegram\.me|snapchat\.com|linkedin\.com|threads\.net|bsky\.app|youtube\.com)\/([^\s<>"'()[\]{}]{1,200})/giu;

/** First path segments that are site features, not accounts. */
const NOT_ACCOUNTS: Readonly<Record<string, ReadonlySet<string>>> = {
  facebook: new Set(['groups', 'events', 'pages', 'page', 'watch', 'share', 'sharer', 'sharer.php', 'photo', 'photos', 'photo.php', 'story.php', 'hashtag', 'marketplace', 'gaming', 'help', 'policies', 'policy', 'login', 'login.php', 'dialog', 'plugins', 'ads', 'business', 'fundraisers', 'donate', 'reel', 'reels', 'stories', 'notes', 'media', 'search', 'legal', 'privacy', 'settings', 'messages', 'friends', 'home.php', 'l.php', 'permalink.php', 'video.php', 'live', 'jobs', 'public', 'about', 'terms', 'careers', 'bookmarks', 'memories', 'saved', 'notifications', 'watchparty', 'tr', 'r.php', 'recover']),
  x: new Set(['home', 'explore', 'search', 'hashtag', 'i', 'intent', 'share', 'settings', 'messages', 'notifications', 'login', 'signup', 'tos', 'privacy', 'compose', 'logout', 'account', 'jobs']),
  instagram: new Set(['p', 'reel', 'reels', 'explore', 'accounts', 'direct', 'tv', 'about', 'legal', 'developer', 'web', 'challenge']),
  telegram: new Set(['joinchat', 's', 'share', 'addstickers', 'addemoji', 'proxy', 'socks', 'iv', 'c']),
  youtube: new Set(['watch', 'shorts', 'playlist', 'results', 'feed', 'embed', 'live', 'channel', 'c', 'user', 'hashtag', 'premium', 'about']),
  linkedin: new Set(['company', 'school', 'jobs', 'feed', 'posts', 'pulse', 'events', 'groups', 'showcase', 'learning']),
  threads: new Set(['search', 't', 'login']),
  bsky: new Set(['search', 'settings', 'notifications', 'feeds', 'lists', 'messages']),
  snapchat: new Set(['discover', 'spotlight', 'lens', 'p', 'unlock']),
  tiktok: new Set([]),
};

/** Words near a mention that point someone at a person's account ("DM him", "follow her", "her insta"). */
const PERSONAL_CUE =
  /(?:^|[^\p{L}])(?:dm|pm|message|msg|inbox|text|follow|add|contact|find|reach|tag)\s+(?:him|her|them|me|my|his|their)(?![\p{L}])|(?:^|[^\p{L}])(?:his|her|their|my)\s+(?:insta|instagram|ig|snap|snapchat|tiktok|twitter|x|account|profile|page|handle|socials|telegram|facebook|fb)(?![\p{L}])|(?:^|[^\p{L}])on\s+(?:insta|ig|snap|snapchat|tiktok|telegram)(?![\p{L}])|(?:^|[^\p{L}])(?:insta|instagram|ig|snap|snapchat|sc|tiktok|tt|twitter|telegram|fb|facebook)\s*[:\-–—]\s*@/giu;

/** Words of a story about someone supported: a mention here is more likely a person than a brand. */
const STORY_CUE =
  /(?:^|[^\p{L}])(?:our\s+(?:client|family|families|mum|mums|dad|young|lad|girl|boy|student|learner|service\s+user)s?|we\s+support|supported\s+by\s+us|from\s+our|refugee|asylum|survivor|arrived|resettled|fled|sponsored\s+family)(?![\p{L}])/giu;

/** Words of a thank-you or partnership note, where mentions are usually organisations. */
const THANKS_CUE =
  /(?:^|[^\p{L}])(?:thank(?:s|\s+you)?|shout[\s-]?out|partners?|partnership|funded|funders?|sponsors?|supported\s+by|in\s+association|collab(?:oration)?|proud\s+to\s+(?:work|partner)|with\s+the\s+help|grateful|kudos|featured|as\s+seen|via|courtesy|hosted\s+by|organised\s+by|organized\s+by|friends\s+at|check\s+out|visit|find\s+us|follow\s+us|like\s+us|our\s+page)(?![\p{L}])/giu;

/**
 * Parts of handles that mark an organisation, a service or a public body: whole words anywhere in
 * the handle ("kirkleesrefugeegarden"), short tags as a part of their own ("un_refugees",
 * "team.harbour") or at the end of a long handle ("redcrossuk").
 */
const ORG_WORD =
  /refugee|charity|council|project|centre|center|trust|foundation|association|community|network|support|official|church|mosque|school|academy|college|garden|group|club|society|alliance|coalition|campaign|services|library|museum|festival|radio|news|police|action|partnership|welcome|sanctuary|housing|advice|rescue|relief|friends|volunteer|cafe|kitchen|foodbank|pantry|shelter|ministry|embassy/i;
const ORG_TAG = /^(?:uk|usa|aus|ie|gr|org|hq|fc|tv|ltd|inc|nhs|aid|intl|global|the|team|official|gov|un|bbc|itv)$/i;
const ORG_END = /.{4}(?:uk|org|hq|fc|ltd|inc|nhs|intl)$/i;

/** Where a cue pattern matches in the whole text: found once, then asked about per mention. */
function cueSpans(text: string, re: RegExp): [number, number][] {
  const spans: [number, number][] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    spans.push([m.index, m.index + m[0].length]);
    if (m[0].length === 0) re.lastIndex++;
  }
  return spans;
}

/** Whether a cue lies wholly within [from, to). */
function cueWithin(spans: readonly [number, number][], from: number, to: number): boolean {
  return spans.some(([start, end]) => start >= from && end <= to);
}

/** A squashed form for comparing a handle with the organisation's own account names. */
function squash(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function ownAccountKeys(context: AnalysisContext): Set<string> {
  const keys = new Set<string>();
  for (const h of context.profile.ownHandles) keys.add(squash(h));
  for (const words of context.profile.ownNames) if (words.length) keys.add(words.join(''));
  const org = squash(context.profile.organisationName);
  if (org) keys.add(org);
  return keys;
}

function isOwn(handle: string, context: AnalysisContext, ownKeys: Set<string>): boolean {
  return context.profile.ownHandles.has(normaliseHandle(handle)) || ownKeys.has(squash(handle));
}

/**
 * How personal a handle's shape looks, from -0.2 (an organisation's brand) to +0.1 (a person's
 * account: lower case with digits, dots or underscores).
 */
function shapeScore(handle: string): number {
  const words = handle.split(/[._\d]+/).filter(Boolean);
  if (ORG_WORD.test(handle) || ORG_END.test(handle) || words.some((w) => ORG_TAG.test(w))) return -0.2;
  // CamelCase of several words or all capitals ("RefugeeCouncil", "UNHCRUK") is a brand's style.
  if (/[a-z][A-Z]/.test(handle) && handle.replace(/[^A-Z]/g, '').length >= 2) return -0.15;
  if (handle.length >= 4 && handle === handle.toUpperCase() && /[A-Z]/.test(handle)) return -0.15;
  if (/[\d._]/.test(handle) && handle === handle.toLowerCase()) return 0.1;
  return 0;
}

interface Found {
  start: number;
  end: number;
  handle?: string;
  phone?: string;
  link: boolean;
}

function mentions(text: string): Found[] {
  const out: Found[] = [];
  if (!text.includes('@')) return out;
  MENTION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MENTION.exec(text))) {
    let handle = m[1]!;
    while (handle.endsWith('.')) handle = handle.slice(0, -1);
    const end = m.index + 1 + handle.length;
    // "@name@server.social" and "@user@mail" are addresses: the email recogniser has them.
    if (text[end] === '@') continue;
    // "@10am", "@2pm", "@5": times and numbers, not accounts.
    if (/^\d+(?:[ap]m)?$/i.test(handle)) continue;
    out.push({ start: m.index, end, handle, link: false });
    if (out.length >= MAX_FOUND) break;
  }
  return out;
}

/** Every profile link has one of these: the link pattern only runs when one is there. */
const LINK_HINT = /\.(?:com|me|am|net|app)\//i;

function links(text: string): Found[] {
  const out: Found[] = [];
  if (!LINK_HINT.test(text)) return out;
  LINK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LINK.exec(text))) {
    const host = m[1]!.toLowerCase();
    let path = m[2]!;
    // Sentence punctuation after a link is not part of it.
    path = path.replace(/[.,;:!?…]+$/u, '');
    const end = m.index + m[0].length - (m[2]!.length - path.length);
    const found = accountIn(host, path);
    if (found) out.push({ start: m.index, end, ...found, link: true });
    if (out.length >= MAX_FOUND) break;
  }
  return out;
}

/** The account a profile link names, by site: a handle, or a phone number for WhatsApp links. */
function accountIn(host: string, path: string): { handle?: string; phone?: string } | undefined {
  const [rawFirst = '', second = '', third = ''] = path.split(/[/?#]/);
  const first = decodeSafe(rawFirst);
  const lower = first.toLowerCase();
  const site = host.startsWith('facebook') || host.startsWith('fb.') || host === 'm.me' ? 'facebook'
    : host === 'x.com' || host.startsWith('twitter') ? 'x'
    : host.startsWith('instagr') ? 'instagram'
    : host === 't.me' || host.startsWith('telegram') ? 'telegram'
    : host.split('.')[0]!;
  if (site === 'wa' || host === 'api.whatsapp.com') {
    const digits = host === 'api.whatsapp.com' ? /phone=\+?(\d{6,15})/.exec(path)?.[1] : /^\+?(\d{6,15})$/.exec(first)?.[1];
    return digits ? { phone: `+${digits}` } : undefined;
  }
  if (site === 'facebook') {
    if (lower === 'profile.php') {
      const id = /[?&]id=(\d{5,20})/.exec(path)?.[1];
      return id ? { handle: id } : undefined;
    }
    if (lower === 'people' && third) return { handle: decodeSafe(third) };
    if (NOT_ACCOUNTS.facebook!.has(lower)) return undefined;
    return /^[A-Za-z0-9.]{3,50}$/.test(first) ? { handle: first } : undefined;
  }
  if (site === 'tiktok' || site === 'threads' || site === 'youtube') {
    return /^@[A-Za-z0-9_.]{2,30}$/.test(first) ? { handle: first.slice(1) } : undefined;
  }
  if (site === 'snapchat') return lower === 'add' && /^[A-Za-z0-9._-]{3,30}$/.test(second) ? { handle: second } : undefined;
  if (site === 'linkedin') return lower === 'in' && /^[\p{L}\p{N}_-]{3,100}$/u.test(decodeSafe(second)) ? { handle: decodeSafe(second) } : undefined;
  if (site === 'bsky') return lower === 'profile' && /^[A-Za-z0-9.-]{3,253}$/.test(second) ? { handle: second } : undefined;
  const skip = NOT_ACCOUNTS[site];
  if (skip?.has(lower)) return undefined;
  const pattern = site === 'x' ? /^[A-Za-z0-9_]{1,15}$/ : site === 'telegram' ? /^[A-Za-z0-9_]{5,32}$/ : /^[A-Za-z0-9_.]{1,30}$/;
  const handle = first.replace(/^@/, '');
  return pattern.test(handle) ? { handle } : undefined;
}

function decodeSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export const socialHandleRecogniser: Recogniser = {
  id: ID,
  analyse(context) {
    const { text, profile } = context;
    if (!text.includes('@') && !text.includes('/')) return [];
    const found = [...mentions(text), ...links(text)];
    if (found.length === 0) return [];
    const ownKeys = ownAccountKeys(context);
    const out: Candidate[] = [];
    const covered = (f: Found) => out.some((c) => c.start! < f.end && f.start < c.end!);
    STORY_CUE.lastIndex = 0;
    const story = STORY_CUE.test(text);
    let personalCues: [number, number][] | undefined;
    let thanksCues: [number, number][] | undefined;
    for (const f of found.sort((a, b) => Number(b.link) - Number(a.link))) {
      if (covered(f)) continue;
      let onRegister = false;
      let likelihood: number;
      if (f.phone) {
        const e164 = parsePhone(f.phone, profile.region);
        if (!e164 || profile.publicPhones.has(e164) || belongsToRecipient(context, 't', e164)) continue;
        onRegister = profile.register.findPerson('t', e164) !== undefined;
        likelihood = onRegister ? 0.97 : 0.85;
      } else {
        const handle = f.handle!;
        if (isOwn(handle, context, ownKeys) || belongsToRecipient(context, 'h', normaliseHandle(handle))) continue;
        onRegister = profile.register.findPerson('h', normaliseHandle(handle)) !== undefined;
        if (onRegister) likelihood = 0.97;
        else {
          // An unknown account: start below the line and let the evidence decide.
          const sentenceFrom = f.start - 80;
          personalCues ??= cueSpans(text, PERSONAL_CUE);
          thanksCues ??= cueSpans(text, THANKS_CUE);
          const personal = cueWithin(personalCues, sentenceFrom, f.end + 60);
          const thanks = cueWithin(thanksCues, sentenceFrom, f.start);
          likelihood = (f.link ? 0.55 : 0.35) + shapeScore(handle);
          if (personal) likelihood += 0.25;
          if (story) likelihood += 0.1;
          if (thanks && !personal) likelihood -= 0.15;
          if (context.input.surface === 'message' || context.input.surface === 'connect') likelihood += 0.05;
          likelihood = Math.max(0, Math.min(0.9, likelihood));
        }
      }
      out.push({
        rule: 'contact-detail',
        start: f.start,
        end: f.end,
        likelihood,
        explanation: onRegister ? EXPLAIN_REGISTER : f.link ? EXPLAIN_LINK : EXPLAIN,
        suggestion: SUGGESTION,
        recogniser: ID,
      });
    }
    return out;
  },
};
