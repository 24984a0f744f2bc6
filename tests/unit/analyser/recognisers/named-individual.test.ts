import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledProfile } from '../../../../lib/analyser/compiled-profile';
import { namedIndividualRecogniser } from '../../../../lib/analyser/recognisers/named-individual.recogniser';
import type { Candidate } from '../../../../lib/analyser/types';
import { compiledFrom, contextFor, createSource, run } from '../../../helpers/analysis';
import { HOSTILE, bestTime } from './hostile-input';
import { fastest, STORY_2K } from './timing';

// Invented drafts: caseworkers' and volunteers' stories that name someone around a person
// supported (the landlord, the ex-partner, a relative, a neighbour, a supported person the
// register does not hold), and the thanks, public figures and staff that must stay silent.
let profile: CompiledProfile;
beforeAll(async () => {
  profile = await compiledFrom(
    createSource({
      organisation: { name: 'Harbour Women’s Aid', locale: 'en-GB', publicContacts: [], staff: ['Niamh Byrne', 'Tomasz Nowak'] },
      people: [{ id: 'p1', name: 'Rukhsana Begum', kind: 'client', aliases: ['Ruki'], phones: [], emails: [], profiles: [] }],
    }),
  );
});

/** A register mention at the first occurrence of `name`, as the register recogniser would give it. */
const registerAt = (text: string, name: string): Candidate[] => {
  const start = text.indexOf(name);
  return start < 0 ? [] : [{ rule: 'register-person', start, end: start + name.length, likelihood: 0.92, explanation: 'x', recogniser: 'register-person' }];
};
const named = (text: string, register?: string) =>
  run(namedIndividualRecogniser, text, profile, {}, register ? registerAt(text, register) : [])
    .filter((c) => c.likelihood >= 0.5)
    .map((c) => c.text!);

describe('named-individual: people named in a story about someone supported', () => {
  it.each([
    ['ex-partner with full name (DV refuge)', 'Lisa’s ex-partner, Darren Cole, turned up at the school gates again', 'Darren Cole', undefined],
    ['the supported woman herself', 'Lisa’s ex-partner, Darren Cole, turned up at the school gates again', 'Lisa’s', undefined],
    ['landlord with a title', 'Her landlord, Mr Patel, still hasn’t fixed the heating and the baby is ill', 'Mr Patel', undefined],
    ['uncle in a young person’s story', 'The young person we support told me his uncle Ahmed has been visiting the flat', 'Ahmed', undefined],
    ['harasser named by full name', 'Please look out for Jordan Mills, who has been harassing one of our residents', 'Jordan Mills', undefined],
    ['relative of a register client', 'Rukhsana and her cousin Farzana cooked for everyone at the Eid party', 'Farzana', 'Rukhsana'],
    ['neighbour thanked within a family’s story', 'Thank you to the Begum family’s neighbour Dariusz who mended their boiler', 'Dariusz', 'Begum'],
    ['client’s child', 'Our client Maria’s son, Luca, starts at his new school next week', 'Luca', undefined],
    ['supported person met (Australia)', 'I met with Fatuma today about her housing application, she is so anxious', 'Fatuma', undefined],
    ['former client (Greece)', 'Remember Kostas, who came to us in 2020? He is now a qualified electrician!', 'Kostas', undefined],
    ['child in hospital', 'Please pray for little Yusuf who is in hospital tonight, his mum is one of our regulars', 'Yusuf', undefined],
    ['from our class', 'Samir from our English class needs a lift to Bradford on Friday', 'Samir', undefined],
    ['host family (Ireland)', 'The family’s host, Mrs O’Connell, says they can stay until March', 'Mrs O’Connell', undefined],
    ['husband of a supported woman', 'If anyone can help Amina’s husband find work, he is a qualified plumber', 'Amina’s', undefined],
    ['in-law calling the refuge', 'Mariam’s brother-in-law Tariq keeps calling the refuge pretending to be her cousin', 'Tariq', undefined],
    ['professional in a case', 'Can you chase the housing officer, Gemma Blake, about the transfer?', 'Gemma Blake', undefined],
    ['someone with a case', 'Can you chase the housing officer about Shanice’s transfer?', 'Shanice’s', undefined],
  ])('%s', (_label, text, expected, register) => {
    const found = named(text, register);
    expect(found.some((f) => f.includes(expected!.replace(/’s$/, '')) || expected!.includes(f))).toBe(true);
  });
});

describe('named-individual: thanks, public figures, staff and ordinary capitals stay silent', () => {
  it.each([
    ['supporter thanked', 'Thank you so much Margaret! Your knitted hats have gone down a storm', undefined],
    ['volunteers thanked', 'Thank you to our volunteers Pete and Aisha for running the stall in the rain', undefined],
    ['volunteer of the month', 'Our volunteer of the month is Helen Park, thank you for everything!', undefined],
    ['public figure with a title', 'Sir Mo Farah has spoken so bravely about coming to the UK as a child', undefined],
    ['public figure speech', 'Brilliant speech from Jacinda Ardern about refugees today', undefined],
    ['public figure quoted', 'Malala Yousafzai said one child, one teacher, one book can change the world', undefined],
    ['councillor visiting a refuge', 'Huge thanks to Councillor Patel for visiting our refuge today', undefined],
    ['author credited', 'Book of the month for our families: The Boy at the Back of the Class by Onjali Rauf', undefined],
    ['photo credit', 'Lovely shots from the picnic 📸 by Tom Hughes', undefined],
    ['staff member', 'Niamh Byrne is now our safeguarding lead – a client once told her she saved her life', undefined],
    ['staff first name', 'One of the mums we support asked for Tomasz today, he has been brilliant', undefined],
    ['register person', 'Rukhsana has been through so much this year, we are so proud of her', 'Rukhsana'],
    ['places in a story', 'The family we support moved from Leeds to Bradford in June, near Lister Park', undefined],
    ['organisations in a story', 'We helped her apply to Citizens Advice and Universal Credit after she fled', undefined],
    ['writer’s own family', 'Happy birthday to my gorgeous sister Emma! 30 looks good on you', undefined],
    ['greeting the client', 'Hi Sara, your appointment with the housing officer is on Monday at 10', undefined],
    ['no story', 'Ellie smashed her swimming test today, so proud', undefined],
    ['hymn title', 'The choir sang Amazing Grace at the refuge carol service', undefined],
    ['days and months', 'Our client is seen on Tuesday in March by the Home Office', undefined],
    ['donors thanked with titles', 'A huge thank you to Mr and Mrs Henderson who donated a sofa to a family we support', undefined],
    ['trainer thanked', 'Thank you to Dr Aisling Murphy for training our caseworkers on supporting survivors', undefined],
    ['professional with an organisation', 'Dr Ahmed from the Refugee Health Clinic explains how the new visa rules affect families', undefined],
    ['council officer at a drop-in', 'Mr Jones from Leeds City Council will talk about benefits at our drop-in for families we support', undefined],
    ['a nurse thanked', 'Thank you to the nurse Kate who looked after the residents so well during the outbreak', undefined],
    ['volunteer introduced', 'Meet Yusuf, who has volunteered with us since he arrived in 2019. He says giving back keeps him going.', undefined],
  ])('%s', (_label, text, register) => {
    expect(named(text, register)).toEqual([]);
  });
});

describe('named-individual: the finding itself', () => {
  it('spans the name, explains without repeating it, and suggests a role', () => {
    const text = 'Her neighbour Bogdan has been amazing since she fled';
    const [finding] = run(namedIndividualRecogniser, text, profile);
    expect(finding).toBeDefined();
    expect(finding!.text).toBe('Bogdan');
    expect(finding!.explanation).not.toMatch(/Bogdan/);
    expect(finding!.suggestion).toBe('her neighbour');
    expect(finding!.likelihood).toBeLessThan(0.9);
  });

  it('flags every mention of an accepted name', () => {
    const text = 'Our volunteer of the month is... Abdi! Abdi came to us as a client in 2019 and now runs the bike workshop';
    expect(named(text)).toEqual(['Abdi', 'Abdi']);
  });

  it('does not throw on odd input', () => {
    for (const text of ['', 'Mr', 'Mr Mr Mr', 'her ex', '\ud800Abdi', 'A B C D E F']) {
      expect(() => run(namedIndividualRecogniser, text, profile)).not.toThrow();
    }
  });
});

describe('named-individual: hostile input finishes fast', () => {
  const mine: [string, string][] = [
    ['titles everywhere, in a story', 'our client fled. ' + 'Mr Smith '.repeat(11_000)],
    ['relations everywhere', 'We support her. ' + 'her neighbour Bogdan '.repeat(4_500)],
    ['capitals everywhere', 'She fled. ' + 'Abc Def '.repeat(12_000)],
  ];
  it.each([...HOSTILE, ...mine])('%s', (_label, text) => {
    const { ms } = bestTime(namedIndividualRecogniser, text, profile);
    expect(ms).toBeLessThan(60);
  });
});

describe('named-individual: cost on an ordinary long draft', () => {
  it('costs well under half a millisecond on a 2,000-character story', () => {
    const context = contextFor(STORY_2K, profile);
    const earlier: Candidate[] = [];
    const runs = 100;
    // A fresh context each run, so that nothing is served from a per-analysis cache.
    const elapsed = fastest(5, () => {
      for (let k = 0; k < runs; k++) namedIndividualRecogniser.analyse({ ...context, tokens: context.tokens.slice() }, earlier);
    }) / runs;
    expect(elapsed).toBeLessThan(0.5);
  });
});
