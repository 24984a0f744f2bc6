/**
 * Who will see a draft, from what the adapter read on the page and the organisation's own
 * accounts in the profile: "Comment as Riverside Refugee Support" is the organisation's page,
 * "Comment as Sam Taylor" a personal profile, "Type to Alice" a direct message.
 */
import type { Audience } from '../../components/guard/types';
import type { AccountKind, AnalysisInput } from '../analyser/types';
import type { Composer, ComposerContext } from '../adapters/types';
import type { PublishedProfile } from '../profile/published.schema';
import type { Platform } from '../profile/source.schema';

type Organisation = PublishedProfile['organisation'] | undefined;

function fold(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}@._+]+/gu, ' ')
    .trim();
}

function handleKey(value: string): string {
  return value.trim().replace(/^@/, '').toLowerCase();
}

/** Whether the identity the page shows is one of the organisation's own accounts on this platform. */
export function isOrganisationActor(actor: ComposerContext['actor'], platform: Platform, organisation: Organisation): boolean {
  if (!actor || !organisation) return false;
  const name = actor.name ? fold(actor.name) : '';
  const handle = actor.handle ? handleKey(actor.handle) : '';
  if (name && fold(organisation.name) === name) return true;
  for (const account of organisation.accounts) {
    if (account.platform !== platform) continue;
    if (name && account.name && fold(account.name) === name) return true;
    if (handle && ((account.handle && handleKey(account.handle) === handle) || (account.username && handleKey(account.username) === handle))) return true;
  }
  return false;
}

export function audienceOf(composer: Composer, context: ComposerContext, platform: Platform, organisation: Organisation): Audience {
  const label = context.recipientLabel ? { recipientLabel: context.recipientLabel } : {};
  if (composer.surface === 'message') return { kind: context.group ? 'group-chat' : 'direct-message', platform, ...label };
  if (context.publicReply && !isOrganisationActor(context.actor, platform, organisation)) return { kind: 'public-reply', platform, ...label };
  return { kind: isOrganisationActor(context.actor, platform, organisation) ? 'organisation-page' : 'personal-profile', platform, ...label };
}

export function accountOf(context: ComposerContext, platform: Platform, organisation: Organisation): AccountKind {
  return isOrganisationActor(context.actor, platform, organisation) ? 'organisation' : 'personal';
}

/** The analyser's question about a draft in this composer. */
export function analysisInputFor(
  text: string,
  composer: Composer,
  context: ComposerContext,
  platform: Platform,
  organisation: Organisation,
): AnalysisInput {
  return {
    text,
    platform,
    surface: composer.surface,
    account: accountOf(context, platform, organisation),
    ...(context.recipient ? { recipient: context.recipient } : {}),
  };
}
