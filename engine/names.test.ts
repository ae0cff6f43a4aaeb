import { describe, expect, it } from 'vitest';
import { givenNameGender, isGivenName } from './given-names';
import { analyze, blocksFromText } from './index';
import { speakersOf } from './testing';

const namesOf = (text: string) => analyze(blocksFromText(text)).people.map((p) => p.name);

describe('a name is the name only', () => {
  it('leaves places, parties and demonyms in front of a given name out of the name', () => {
    expect(namesOf('The envoy to France Jean Dupont said relations were good.')).toEqual(['Jean Dupont']);
    expect(namesOf('Democrat Jane Roe voted against the bill on Tuesday.')).toEqual(['Jane Roe']);
    expect(speakersOf('“This will hurt every family in the district,” said Labour Mary Ann Byrne.')).toEqual({
      'This will hurt every family in the district,': 'Mary Ann Byrne',
    });
  });

  it('keeps initials, titles and multi-part given names with the name', () => {
    expect(namesOf('The report came from an economist. Economist C. Eugene Steuerle wrote it.')).toEqual(['C. Eugene Steuerle']);
    expect(namesOf('Mary Jane Holloway left early.')).toEqual(['Mary Jane Holloway']);
    expect(analyze(blocksFromText('South Dakota Gov. Kristi Noem spoke.')).people.map((p) => [p.name, p.role])).toEqual([['Kristi Noem', 'South Dakota Gov.']]);
  });

  it('treats a capitalised compound with a lowercase part as a title, not a name', () => {
    const [p] = analyze(blocksFromText('Governor-elect Ana Ruiz said the budget was “a disgrace to the state and its people.”')).people;
    expect([p.name, p.role, p.official]).toEqual(['Ana Ruiz', 'Governor-elect', true]);
    expect(namesOf('Singer-guitarists Tom Varga and Ed Lane will tour in June.')).toEqual(['Tom Varga', 'Ed Lane']);
  });

  it('does not take a phrase led by an everyday word of the article for a person', () => {
    const text = 'The tip of the iceberg is all you see. I came to call them Iceberg Passages, after the novelist Jo Walton explained them. “You only see the tenth of it,” she said.';
    expect(namesOf(text)).toEqual(['Jo Walton']);
    expect(speakersOf(text)['You only see the tenth of it,']).toBe('Jo Walton');
  });
});

describe('given names', () => {
  it('knows common given names and their usual gender', () => {
    expect(isGivenName('Martha')).toBe(true);
    expect(isGivenName('France')).toBe(false);
    expect(givenNameGender('Martha')).toBe('f');
    expect(givenNameGender('Derek')).toBe('m');
  });

  it('lets a pronoun find a person by the gender of the given name', () => {
    const s = speakersOf('Martha Fry met Derek Cole at the station on Monday. “I had waited all year for this meeting,” she said.');
    expect(s['I had waited all year for this meeting,']).toBe('Martha Fry');
  });
});

describe('pronoun votes', () => {
  it('count only mentions that can be a clause’s subject, not possessives or objects', () => {
    const s = speakersOf([
      'Ilhan Omar spoke on Monday.',
      'The caller phoned Omar’s office, in which he said he would harm her. Rep. Alexandria Ocasio-Cortez condemned it.',
      'Omar asked for compassion in a letter. She added, “We must teach the defendant love.”',
    ].join('\n'));
    expect(s['We must teach the defendant love.']).toBe('Ilhan Omar');
  });
});

describe('one person under several spellings', () => {
  it('merges short forms and spelling variants of a given name with the same surname', () => {
    expect(namesOf('Tom Baker, the manager, joined in 2015. Thomas Baker said the squad was ready.')).toEqual(['Tom Baker']);
    expect(namesOf('Oleksiy Honcharuk became prime minister. Olexiy Honcharuk said he would fight corruption.')).toEqual(['Oleksiy Honcharuk']);
  });

  it('keeps different people apart', () => {
    expect(namesOf('Eric Lund met Erica Lund on Monday.')).toEqual(['Eric Lund', 'Erica Lund']);
    expect(namesOf('Martha Fry and her brother Dale Fry spoke.')).toEqual(['Martha Fry', 'Dale Fry']);
  });

  it('keeps a capitalised function word inside an East Asian name', () => {
    expect(speakersOf('Vice Premier Liu He met the delegation. “We will open our markets further,” Liu He said.')).toEqual({ 'We will open our markets further,': 'Liu He' });
  });

  it('keeps the period of a party tag from ending the sentence', () => {
    expect(speakersOf('Sen. Ann Roe, D-Calif., said on Nov. 5 that the bill was “a step backward for the country.”')).toEqual({ 'a step backward for the country.': 'Ann Roe' });
  });
});

describe('surnames that are place words', () => {
  it('reads a given name before a place word that is also a surname as a person, and the lone surname as that person', () => {
    const s = speakersOf('John Stevens, the mayor, and Linda Park, the city manager, both spoke.\n“We’re confident in the plan,” Park said.');
    expect(s['We’re confident in the plan,']).toBe('Linda Park');
    expect(namesOf('They walked through Hyde Park on Sunday.')).toEqual([]);
  });
});

describe('names after a title', () => {
  it('start at the given name and keep a generational suffix', () => {
    const people = (text: string) => analyze(blocksFromText(text)).people.map((p) => [p.name, p.role]);
    expect(people('U.S. Attorney James Kennedy Jr. said the case mattered.')).toEqual([['James Kennedy Jr.', 'U.S. Attorney']]);
    expect(people('Sheikh Mohammed bin Rashid Al Maktoum spoke.')).toEqual([['Mohammed bin Rashid Al Maktoum', 'Sheikh']]);
  });
});

describe('a titled surname among namesakes', () => {
  it('goes to the namesake who holds the title', () => {
    const text = 'Hunter Biden sat on the board.\nVice President Joe Biden denied any wrongdoing.\nHunter Biden declined to comment.\n“I am proud of my son,” Vice President Biden said.';
    expect(speakersOf(text)['I am proud of my son,']).toBe('Joe Biden');
    expect(analyze(blocksFromText(text)).people.map((p) => [p.name, p.official])).toEqual([['Hunter Biden', false], ['Joe Biden', true]]);
  });
});

describe('a capitalised function word opening an East Asian name', () => {
  it('starts the name when one capitalised word follows it', () => {
    expect(speakersOf('“What is the incentive for China?” He Jianxiong, a former director at the fund, said.')).toEqual({ 'What is the incentive for China?': 'He Jianxiong' });
  });

  it('is still a pronoun before a lowercase verb', () => {
    expect(speakersOf('Tom Berger runs the ferry. He said: “We sail at dawn, whatever the weather.”')).toEqual({ 'We sail at dawn, whatever the weather.': 'Tom Berger' });
  });
});

describe('surnames spelt more than one way', () => {
  it('are one person', () => {
    const text = 'Ukraine President Volodymyr Zelenskiy took the call. President Zelensky later said he felt no pressure. Zelenskyy left.';
    expect(analyze(blocksFromText(text)).people.map((p) => p.name)).toEqual(['Volodymyr Zelenskiy']);
  });

  it('give an office to the namesake introduced first when none holds it yet', () => {
    const text = 'Rudy Giuliani pressed the case against Joe Biden. Hunter Biden sat on the board. The theory that Vice President Biden was influenced was rejected.';
    expect(analyze(blocksFromText(text)).people.map((p) => [p.name, p.official])).toEqual([
      ['Rudy Giuliani', false],
      ['Joe Biden', true],
      ['Hunter Biden', false],
    ]);
  });
});
