import type { Recogniser } from './types';
import { phoneNumberRecogniser } from './recognisers/phone-number.recogniser';
import { emailRecogniser } from './recognisers/email.recogniser';
import { socialHandleRecogniser } from './recognisers/social-handle.recogniser';
import { personalIdentifierRecogniser } from './recognisers/personal-identifier.recogniser';
import { dateOfBirthRecogniser } from './recognisers/date-of-birth.recogniser';
import { streetAddressRecogniser } from './recognisers/street-address.recogniser';
import { postcodeRecogniser } from './recognisers/postcode.recogniser';
import { registerPersonRecogniser } from './recognisers/register-person.recogniser';
import { confidentialPlaceRecogniser } from './recognisers/confidential-place.recogniser';
import { confidentialTermRecogniser } from './recognisers/confidential-term.recogniser';
import { contactContextRecogniser } from './recognisers/contact-context.recogniser';
import { childDetailRecogniser } from './recognisers/child-detail.recogniser';
import { identifyingCombinationRecogniser } from './recognisers/identifying-combination.recogniser';
import { privateEventRecogniser } from './recognisers/private-event.recogniser';
import { namedIndividualRecogniser } from './recognisers/named-individual.recogniser';

/** Every recogniser, in the order they run (entity phase first, then case-level). One per file. */
export const RECOGNISERS: readonly Recogniser[] = [
  registerPersonRecogniser,
  confidentialPlaceRecogniser,
  confidentialTermRecogniser,
  phoneNumberRecogniser,
  emailRecogniser,
  socialHandleRecogniser,
  personalIdentifierRecogniser,
  dateOfBirthRecogniser,
  streetAddressRecogniser,
  postcodeRecogniser,
  childDetailRecogniser,
  privateEventRecogniser,
  contactContextRecogniser,
  identifyingCombinationRecogniser,
  namedIndividualRecogniser,
];
