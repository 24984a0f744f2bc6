import { parsePhone } from '../../profile/phone';
import { findRecipientPerson, scanRegister } from '../register/register-scan';
import type { AnalysisContext, Candidate, Recipient, Recogniser } from '../types';

/**
 * minor-contact and client-connection, from the context rather than the text: who a message
 * goes to, whose request is accepted, who is friended or followed. The adapters only supply the
 * recipient; the decision is made here, so `npm run eval` measures it.
 * - A direct message to a child on the register: minor-contact (on any account).
 * - A group chat that includes a child: minor-contact, at most a warning.
 * - Friending, following or accepting a request from a child: minor-contact; from anyone else on
 *   the register: client-connection.
 * - Messaging an adult on the register is ordinary work, not a finding.
 */
export const contactContextRecogniser: Recogniser = {
  id: 'contact-context',
  phase: 'case',
  analyse(context) {
    const { input, profile } = context;
    if (!input.recipient || profile.register.isEmpty) return [];
    if (input.surface !== 'message' && input.surface !== 'connect') return [];
    const person = identify(context, input.recipient);
    const org = profile.organisationName;
    const connecting = input.surface === 'connect' && input.action !== 'message';

    if (person !== undefined) {
      const minor = profile.register.isMinor(person, context.today);
      if (minor) {
        return [
          case_('minor-contact', connecting
            ? `This is a young person ${org} supports. Our policy is not to connect with children we work with on personal or social accounts.`
            : `This is a direct conversation with a young person ${org} supports. Our policy asks us not to contact children directly: use the organisation's channel and include a parent or carer.`),
        ];
      }
      if (connecting) {
        return [
          case_('client-connection', `This is someone on ${org}'s register. Our policy is not to friend or follow the people we support, to keep a safe, professional boundary for both of you.`),
        ];
      }
      return [];
    }

    const participants = input.recipient.participants ?? [];
    const childInGroup =
      participants.some((p) => {
        const member = identify(context, p);
        return member !== undefined && profile.register.isMinor(member, context.today);
      }) || addsChildToGroup(context);
    if (childInGroup) {
      return [
        {
          ...case_('minor-contact', `This group includes a young person ${org} supports. Keep messages to what the group is for, and include a parent or carer where you can.`),
          maxSeverity: 'warn',
        },
      ];
    }
    return [];
  },
};

/** "Made a group chat for the art club, added Summer and Dima": a child is being added to a group. */
const GROUP_CREATION = /\b(?:group ?chat|(?:made|created|started|set up) (?:a |the )?group|added (?:you|them|him|her)?|in the group|to the group)\b|ομαδική συνομιλία|στην ομάδα|груп[уа]|чат для|مجموعة|قروب|جروب|گروه/iu;

function addsChildToGroup(context: AnalysisContext): boolean {
  if (context.input.surface !== 'message' || !GROUP_CREATION.test(context.text.slice(0, 2000))) return false;
  return scanRegister(context).some(
    (hit) => hit.ref.type === 'person' && hit.strength !== 'fuzzy' && context.profile.register.isMinor(hit.ref.index, context.today),
  );
}

function identify(context: AnalysisContext, recipient: Recipient): number | undefined {
  return findRecipientPerson(context.profile.register, recipient, (p) => parsePhone(p, context.profile.region));
}

function case_(rule: 'minor-contact' | 'client-connection', explanation: string): Candidate {
  return { rule, likelihood: 0.95, explanation, recogniser: 'contact-context' };
}
