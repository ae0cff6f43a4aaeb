import { describe, expect, it } from 'vitest';
import { analyze, blocksFromText } from './index';
import { speakersOf } from './testing';

/** The one quote's speaker in `text`. */
const speakerOf = (text: string) => Object.values(speakersOf(text))[0];

describe('the subject phrase decides', () => {
  it('gives group descriptions no name', () => {
    expect(speakerOf('“We are looking at every option we have,” a Texas Republican said.')).toBeNull();
    expect(speakerOf('“This is a disaster for the party,” one Labour MP said.')).toBeNull();
    expect(speakerOf('“Voters will not forgive this,” said a GOP strategist.')).toBeNull();
    expect(speakerOf('Critics dismissed the proposal as “a gimmick with no substance at all.”')).toBeNull();
  });

  it('takes the person a name only modifies the noun for', () => {
    expect(speakerOf('“It depends on what they invest,” responded NASA administrator Jim Bridenstine.')).toBe('Jim Bridenstine');
    expect(speakerOf('“This will hurt every family,” said Labour Mary Ann Byrne.')).toBe('Mary Ann Byrne');
  });

  it('looks past an appositive with commas of its own to the subject opening the clause', () => {
    expect(
      speakerOf('“We have a new approach,” Jim Chilton, senior vice president for space at Boeing Defense, Space, and Security, said in that statement.'),
    ).toBe('Jim Chilton');
    expect(speakerOf('Prince Andrew, the younger brother of the heir, Charles, has reportedly told friends the interview was a “great success”.')).toBe('Andrew');
  });

  it('never takes the name after "of" or inside the reported clause', () => {
    expect(speakerOf('Dana Reyes said that the agency’s claim is “simply not true and never has been.”')).toBe('Dana Reyes');
    expect(speakerOf('The leader of Ennahda, Rachid Ghannouchi, condemned the attack, saying in a statement that it “will not break our will.”')).toBe('Rachid Ghannouchi');
  });

  it('reads "said Doctor" as a surname but "Officials said" as a group', () => {
    expect(speakerOf('“They see the way down as close to inevitable,” says Doctor.')).toBe('Doctor');
    expect(speakerOf('Officials said the road “will stay closed all week.”')).toBeNull();
  });
});

describe('the noun after the verb is not always the speaker', () => {
  it('never makes the person spoken to the speaker', () => {
    expect(speakerOf('Mayor Ellen Park spoke to the council on Monday, telling Sam Ortiz, “You have had three years to fix this.”')).toBe('Ellen Park');
    expect(speakerOf('He instead told the BBC interviewer: “I took the judgement call to go and see him.”')).toBeNull();
  });

  it('gives a participle or a coordinated verb the subject of its sentence', () => {
    expect(speakerOf('The minister left the room, saying, “I have nothing more to say to you today.”')).toBeNull();
    expect(speakerOf('Tom Bergeron chimed in, noting that the offer was “a lovely gesture.”')).toBe('Tom Bergeron');
    expect(speakerOf('Jane Roe said the deal was dead and added, “We are walking away from the table.”')).toBe('Jane Roe');
  });
});

describe('cues still missed before', () => {
  it('reads sighs, pleas and dismissals as speech', () => {
    expect(speakerOf('Anna Kowalski sighed: “It has been a very long week for all of us.”')).toBe('Anna Kowalski');
    expect(speakerOf('Opposition leader Carlos Mendes described the budget as “a betrayal of working families.”')).toBe('Carlos Mendes');
  });

  it('does not take a noun that looks like a speech verb for one', () => {
    expect(speakerOf('Dana Reyes said the state’s claim was “simply not true.”')).toBe('Dana Reyes');
  });

  it('does not let a new sentence after a quote cue it unless it opens with the speaker', () => {
    const s = speakersOf('“You only see the tenth of it,” Jo Walton said. “It makes it dense in a powerful way.” When his editors would ask him to explain, he refused.');
    expect(s['It makes it dense in a powerful way.']).toBe('Jo Walton');
    expect(speakerOf('“Pokemon Sword is the best game in the series this year.” Read our review of it.')).toBeNull();
  });
});

describe('descriptions find who they mean', () => {
  it('resolves a description to the person the article described that way', () => {
    const s = speakersOf('After the novelist Jo Walton explained it to me, I saw it everywhere. Later the novelist said, “You only see the tenth of the iceberg.”');
    expect(s['You only see the tenth of the iceberg.']).toBe('Jo Walton');
    expect(speakerOf('According to his aunt, Jane Starner, “He was brilliant from the start.”')).toBe('Jane Starner');
  });

  it('resolves an age description to the person just written about, not a club named like one', () => {
    const s = speakersOf('Jose Mourinho was appointed on Wednesday.\nThe Portuguese boss had been sacked by Manchester United in December.\nThe 56-year-old said after his appointment: “I am excited to be joining a club with such heritage.”');
    expect(s['I am excited to be joining a club with such heritage.']).toBe('Jose Mourinho');
  });

  it('leaves a description nobody was given unnamed', () => {
    expect(speakerOf('The patient was discharged on Monday. “I feel like I have been given a second chance,” the patient said.')).toBeNull();
  });

  it('reads an office written in capitals after lowercase words as a description, not a name ("one neo-bank CEO")', () => {
    expect(speakersOf('They focus on “financial health,” as one neo-bank CEO told me.')).toEqual({ 'financial health,': null });
    expect(speakersOf('The market changed. Meanwhile, Doctor says, “they are trying to buy time through shrinkage.”\nKen Doctor is an analyst.')).toEqual({ 'they are trying to buy time through shrinkage.': 'Ken Doctor' });
  });

  it('gives the words of "X and his team wrote" to X', () => {
    expect(speakersOf('Lucas Paganini works at NASA. “We suggest that the outgassing is rare,” Paganini and his team wrote in the paper.')).toEqual({ 'We suggest that the outgassing is rare,': 'Lucas Paganini' });
  });

  it('lets a document speak for whoever issued it', () => {
    const s = speakersOf('The Electoral Commission, which regulates campaign finances, issued a statement warning that “voters are entitled to transparency.”\nThe Federal Aviation Administration grounded the jets on Friday. “Safety is our highest priority in every decision,” the statement said.');
    expect(s['voters are entitled to transparency.']).toBe('Electoral Commission');
    expect(s['Safety is our highest priority in every decision,']).toBe('Federal Aviation Administration');
  });
});

describe('documents and passives', () => {
  it('names the issuer a document is "from" or "by"', () => {
    expect(speakerOf('“The market is factoring in a recovery,” said a report from Kotak Institutional Equities.')).toBe('Kotak Institutional Equities');
  });

  it('does not read "said he was “…” by the announcement" as a passive', () => {
    expect(speakerOf('Prime Minister Benjamin Netanyahu, however, said he was “very moved” by the announcement.')).toBe('Benjamin Netanyahu');
  });
});

describe('speakers as written', () => {
  it('keeps a one-word speaker as written when nothing shows the longer name is a person’s', () => {
    const s = speakersOf('— Tottenham Hotspur (@SpursOfficial) November 20, 2019\nTottenham said in a statement: “Jose is one of the world’s most accomplished managers.”');
    expect(s['Jose is one of the world’s most accomplished managers.']).toBe('Tottenham');
  });

  it('gives the full name of a person the article shows to be one', () => {
    const s = speakersOf('Jose Mourinho was appointed on Wednesday.\n“I am excited to join,” Mourinho said.');
    expect(s['I am excited to join,']).toBe('Jose Mourinho');
  });
});

describe('names inside the subject phrase', () => {
  it('gives "a spokesperson for X" no name, and bare plurals are unnamed groups', () => {
    expect(speakerOf('“We will not comment on an ongoing investigation,” a spokesperson for the Department of Justice said.')).toBeNull();
    expect(speakerOf('“The evidence is clear,” prosecutors wrote in the filing.')).toBeNull();
  });

  it('never gives the words to the subject of the reported clause', () => {
    expect(speakerOf('Prosecutors alleged that Jeffrey Epstein “sexually exploited and abused dozens of minor girls” at his homes.')).toBeNull();
  });
});

describe('kinds of speaker', () => {
  it('takes a lone surname with an age, a party tag or an appositive for a person', () => {
    const kind = (text: string) => analyze(blocksFromText(text)).quotes[0].speakerKind;
    expect(kind('“I’m thrilled,” Johnson, a senior at Lincoln High, told reporters.')).toBe('person');
    expect(kind('Pelosi, D-Calif., told reporters: “We will pass this bill.”')).toBe('person');
    expect(kind('“We will pass this bill,” Greenpeace said.')).toBe('organisation');
  });

  it('keeps an institution named "X for Y and Z" whole, so its officials stay unnamed', () => {
    expect(speakerOf('Officials at the Centers for Disease Control and Prevention said the outbreak was “under control.”')).toBeNull();
    expect(analyze(blocksFromText('The Department of Health and Human Services said it was “reviewing the rule.”')).quotes[0].speaker).toBe('Department of Health and Human Services');
  });
});

describe('lone names', () => {
  it('are people when the article goes on to call them he or she', () => {
    const kinds = analyze(blocksFromText('“Let them come,” Trump said of the protesters, before he left.\n“This is a disaster,” Greenpeace said. Its director spoke later.')).quotes.map((q) => [q.speaker, q.speakerKind]);
    expect(kinds).toEqual([
      ['Trump', 'person'],
      ['Greenpeace', 'organisation'],
    ]);
  });

  it('with an age or a party tag are registered, so that a pronoun can find them', () => {
    const s = speakersOf('Pelosi, D-Calif., spoke to reporters on Tuesday. “We will pass this bill,” she said.');
    expect(s['We will pass this bill,']).toBe('Pelosi');
  });
});
