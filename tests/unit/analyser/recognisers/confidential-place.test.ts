import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledProfile } from '../../../../lib/analyser/compiled-profile';
import { confidentialPlaceRecogniser } from '../../../../lib/analyser/recognisers/confidential-place.recogniser';
import { confidentialTermRecogniser } from '../../../../lib/analyser/recognisers/confidential-term.recogniser';
import { compiledFrom, createSource, run } from '../../../helpers/analysis';

let profile: CompiledProfile;
beforeAll(async () => {
  profile = await compiledFrom(
    createSource({
      places: [
        { id: 'r', name: 'Willow Lodge', kind: 'refuge', address: '22 Harbour Road, Cork T12 X5R8', aliases: ['the Harbour Road house'] },
        { id: 's', name: 'Σπίτι Ελπίδας', kind: 'safe-house', aliases: [] },
        { id: 'v', name: 'Hall 2', kind: 'venue', address: '5 Mill Street, Leeds LS1 4AB', aliases: [] },
      ],
      terms: [
        { text: 'Monday Women’s Circle', reason: 'closed group', rule: 'private-event' },
        { text: 'Operation Kestrel', reason: 'internal casework name' },
      ],
    }),
  );
});

describe('confidential-place', () => {
  it.each([
    ['the name', 'She is safe at Willow Lodge now', 'Willow Lodge'],
    ['the name in lower case', 'dropping blankets at willow lodge later', 'willow lodge'],
    ['an alias without its article', 'moving boxes into Harbour Road house', 'Harbour Road house'],
    ['the street with its number', 'deliveries to 22 Harbour Road please', '22 Harbour Road'],
    ['the street alone', 'she lives on Harbour Road', 'Harbour Road'],
    ['the Eircode', 'sat nav: T12 X5R8', 'T12 X5R8'],
    ['the UK postcode without its space', 'LS14AB is the postcode', 'LS14AB'],
    ['a Greek-script name', 'Μένει στο Σπίτι Ελπίδας', 'Σπίτι Ελπίδας'],
  ])('finds %s', (_label, text, expected) => {
    expect(run(confidentialPlaceRecogniser, text, profile).map((c) => c.text)).toContain(expected);
  });

  it.each([
    ['another street', 'the shop on Harbour View'],
    ['another postcode', 'T12 X5R9'],
    ['a common place word', 'See you in hall 2 at school'],
  ])('does not fire on %s', (_label, text) => {
    expect(run(confidentialPlaceRecogniser, text, profile)).toEqual([]);
  });
});

describe('confidential-term', () => {
  it('raises the rule a term names', () => {
    expect(run(confidentialTermRecogniser, "Monday Women's Circle is at 10", profile).map((c) => c.rule)).toEqual(['private-event']);
  });
  it('raises confidential-term when the term names no rule', () => {
    expect(run(confidentialTermRecogniser, 'update on operation kestrel', profile).map((c) => c.rule)).toEqual(['confidential-term']);
  });
  it('does not fire on part of a term', () => {
    expect(run(confidentialTermRecogniser, 'a kestrel flew over on Monday', profile)).toEqual([]);
  });
});
