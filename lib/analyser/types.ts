import type { RuleId } from '../profile/rule-ids';
import type { Platform } from '../profile/source.schema';
import type { CompiledProfile } from './compiled-profile';
import type { Token } from './text/tokenise';

export type { RuleId } from '../profile/rule-ids';
export type { Platform } from '../profile/source.schema';

export type Surface = 'post' | 'comment' | 'reply' | 'message' | 'connect';
export type AccountKind = 'organisation' | 'personal';
export type ConnectAction = 'add-friend' | 'accept-friend' | 'follow' | 'message';

/** Who a message goes to, or whose profile a button acts on, as the page shows it. Any field optional. */
export interface Recipient {
  name?: string;
  phone?: string;
  handle?: string;
  username?: string;
  /** Group chats: the participants the header lists. */
  participants?: Recipient[];
}

/** What the analyser is asked about: the draft and where it is going (../shared/eval/FORMAT.md). */
export interface AnalysisInput {
  text: string;
  platform: Platform;
  surface: Surface;
  account: AccountKind;
  recipient?: Recipient;
  action?: ConnectAction;
}

export type Severity = 'block' | 'warn';

/**
 * One thing in a draft that could harm someone. Offsets are UTF-16 code units into the text;
 * case-level findings (a combination, contact with a child) have no span. Nothing here repeats
 * what the register holds: the explanation speaks of "someone on your organisation's register".
 */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  start?: number;
  end?: number;
  /** 0–1: how sure the recogniser is. Findings below the engine's threshold are never shown. */
  likelihood: number;
  /** One or two sentences, in the organisation's voice: what this is and why it matters. */
  explanation: string;
  /** A safer wording for the span, where one fits ("a family we support", "[number removed]"). */
  suggestion?: string;
  /** Which recogniser raised it: for tests, reports and the "This is wrong" feedback. */
  recogniser: string;
}

/**
 * What a recogniser returns before the engine applies the profile's rule settings. `maxSeverity`
 * caps the profile's setting (a group chat that includes a child warns even where a direct
 * message to a child is blocked).
 */
export type Candidate = Omit<Finding, 'severity'> & { maxSeverity?: Severity };

/** Everything a recogniser may read. Built once per `analyse` call; recognisers must not mutate it. */
export interface AnalysisContext {
  input: AnalysisInput;
  text: string;
  tokens: readonly Token[];
  profile: CompiledProfile;
  /** Today's date in the organisation's calendar, YYYY-MM-DD (for ages and birthdays). */
  today: string;
}

/**
 * A recogniser finds one kind of harm. Entity recognisers run first; case-level recognisers
 * (`phase: 'case'`) also see what the entity recognisers found, for example to judge whether a
 * story is about someone supported.
 */
export interface Recogniser {
  id: string;
  phase?: 'entity' | 'case';
  analyse(context: AnalysisContext, earlier: readonly Candidate[]): Candidate[];
}
