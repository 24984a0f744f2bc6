import { parsePhone } from '../../../profile/phone';
import { normaliseHandle } from '../../register/variants';
import type { AnalysisContext } from '../../types';

/**
 * Whether a contact detail in a direct message belongs to the person the message goes to
 * ("is 07700 900123 still your number?"). Telling someone their own number, address or account is
 * not a disclosure. `code` and `value` are the register's: 't' E.164, 'e' lower-case email,
 * 'h' lower-case handle. Group chats never qualify: the others in the group would learn it.
 */
export function belongsToRecipient(context: AnalysisContext, code: 't' | 'e' | 'h', value: string): boolean {
  const { input, profile } = context;
  const recipient = input.recipient;
  if (input.surface !== 'message' || !recipient || (recipient.participants?.length ?? 0) > 0) return false;
  const phone = recipient.phone ? parsePhone(recipient.phone, profile.region) : undefined;
  const handles = [recipient.handle, recipient.username].filter((h): h is string => !!h).map(normaliseHandle);
  if (code === 't' && phone === value) return true;
  if (code === 'h' && handles.includes(value)) return true;
  // Another of the recipient's own details, known through the register.
  const owner = profile.register.findPerson(code, value);
  if (owner === undefined) return false;
  if (phone && profile.register.findPerson('t', phone) === owner) return true;
  return handles.some((h) => profile.register.findPerson('h', h) === owner);
}
