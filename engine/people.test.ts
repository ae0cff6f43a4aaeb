import { describe, expect, it } from 'vitest';
import { analyze, blocksFromText } from './index';

const peopleOf = (text: string) => analyze(blocksFromText(text)).people.map((p) => [p.name, p.role, p.official]);

describe('people and officials', () => {
  it('splits office titles from names', () => {
    expect(peopleOf('“We are waiting for them,” Iranian Foreign Minister Abbas Araghchi told NBC News.')).toEqual([['Abbas Araghchi', 'Iranian Foreign Minister', true]]);
    expect(peopleOf('Secretary of Defense Pete Hegseth said there is “no shortage of American will”.')).toEqual([['Pete Hegseth', 'Secretary of Defense', true]]);
  });

  it('reads roles from appositives and lowercase offices', () => {
    expect(peopleOf('“Superbugs should be a concern,” says Stephen Calderwood, MD, president of the Infectious Diseases Society of America.')).toEqual([
      ['Stephen Calderwood', 'president of the Infectious Diseases Society of America', true],
    ]);
    expect(peopleOf('“It undermines the values,” White House press secretary Josh Earnest told reporters.')).toEqual([['Josh Earnest', 'White House press secretary', true]]);
    expect(peopleOf('The leader of Ennahda, Rachid Ghannouchi, condemned the attack.')).toEqual([['Rachid Ghannouchi', 'leader of Ennahda', true]]);
    expect(peopleOf('The G40 figures are cabinet ministers Jonathan Moyo and Saviour Kasukuwere, who fled.').map((p) => p[2])).toEqual([true, true]);
  });

  it('never makes what "CEO of" runs into a person', () => {
    const people = peopleOf('Ubisoft and Take-Two Interactive have games at launch.\n“We go where the consumer is,” Strauss Zelnick, CEO of Take-Two, adds.');
    expect(people.filter((p) => p[2])).toEqual([['Strauss Zelnick', 'CEO of Take-Two', true]]);
  });

  it('does not make private people officials', () => {
    expect(peopleOf('“It was seen as rote,” said Mar Hicks, a historian of technology.')).toEqual([['Mar Hicks', 'historian of technology', false]]);
    expect(peopleOf('Vanessa Hicks posted the photo online.')).toEqual([['Vanessa Hicks', null, false]]);
  });

  it('ends a name at a line separator (text the page lays out on separate lines)', () => {
    const blocks = [{ kind: 'paragraph' as const, text: 'Harbour Gov. Tom Berger\u2028Ruth Berger\u2028Ferry service resumes said the pier reopens.' }];
    expect(analyze(blocks).people.map((p) => p.name).sort()).toEqual(['Ruth Berger', 'Tom Berger']);
  });

  it('collects every mention under the full name', () => {
    const [p] = analyze(blocksFromText('President Barack Obama spoke.\nMr Obama said it was “distressing”.\nObama left.')).people;
    expect(p.name).toBe('Barack Obama');
    expect(p.official).toBe(true);
    expect(p.mentions.map((m) => m.block)).toEqual([0, 1, 2]);
  });

  it('does not take photographers in image credits for people', () => {
    const names = analyze(blocksFromText('President Donald Trump has reportedly expressed interest in sending troops. BRENDAN SMIALOWSKI/AFP via Getty Images\nPete Hegseth took shots at the press. Elizabeth Frantz/Reuters')).people.map((p) => p.name);
    expect(names).toEqual(['Donald Trump', 'Pete Hegseth']);
  });

  it('keeps mention offsets in the original text despite soft hyphens and nbsp', () => {
    const text = 'Officials\u00A0said Secretary of Defense Pete Heg\u00ADseth spoke.';
    const [p] = analyze([{ kind: 'paragraph', text }]).people;
    expect(text.slice(p.mentions[0].start, p.mentions[0].end)).toBe('Pete Heg\u00ADseth');
    expect(p.name).toBe('Pete Hegseth');
  });

  it('does not take a quoted nickname for a person', () => {
    expect(peopleOf('Commuters have nicknamed the stalled tram line the “Silver Snail,” and Mayor Joan Whitfield has promised answers.')).toEqual([['Joan Whitfield', 'Mayor', true]]);
  });

  it('reads a role given later, in a relative clause or after "is"', () => {
    expect(peopleOf('Lars Eklund, who is the transport minister, opened the bridge on Friday.')).toEqual([['Lars Eklund', 'transport minister', true]]);
    expect(peopleOf('Maria Gonzalez is the county’s chief planning officer. She said the plan was “on track.”')).toEqual([['Maria Gonzalez', 'county’s chief planning officer', true]]);
  });

  it('does not make a think-tank affiliation an office', () => {
    expect(peopleOf('Daniel Voss, of the Meridian Institute, said the sanctions were “largely symbolic.”')).toEqual([['Daniel Voss', null, false]]);
  });

  it('reads a capitalised occupation before a full name as a role, not part of the name', () => {
    expect(peopleOf('Harbour Master Tom Berger said the pier would reopen on Friday.')).toEqual([['Tom Berger', 'Harbour Master', false]]);
    // the article also writes "harbour" in lowercase, so the sentence-opening word alone would not be a name
    expect(peopleOf('The harbour was closed for a week.\nHarbour Master Tom Berger said it would reopen.').map((p) => p[0])).toEqual(['Tom Berger']);
    expect(peopleOf('Head Chef Maria Lopez said the kitchen would close early.')).toEqual([['Maria Lopez', 'Head Chef', false]]);
    expect(peopleOf('NASA Administrator Ines Okafor announced the launch date.')).toEqual([['Ines Okafor', 'NASA Administrator', true]]);
  });

  it('reads "the <occupation>" in an appositive as a role', () => {
    expect(peopleOf('Tom Berger, the harbour master, said the pier would reopen.')).toEqual([['Tom Berger', 'harbour master', false]]);
    expect(peopleOf('Ana Ruiz, the chief engineer on the bridge project, inspected the cables.')).toEqual([['Ana Ruiz', 'chief engineer on the bridge project', false]]);
  });

  it('does not make an analyst official for an office word in the name of their institution', () => {
    expect(peopleOf('“Sanctions rarely work,” said Ana Ruiz, a senior fellow at the Council on Foreign Relations.')).toEqual([
      ['Ana Ruiz', 'senior fellow at the Council on Foreign Relations', false],
    ]);
    expect(peopleOf('Ana Ruiz, an analyst at the Atlantic Council, said the talks had stalled.').map((p) => p[2])).toEqual([false]);
    // staff of a government body, and offices named around an institution, still count
    expect(peopleOf('Joe Tran, who works for the Transportation Department, fixed the road.').map((p) => p[2])).toEqual([true]);
    expect(peopleOf('Ana Ruiz, a spokeswoman for the Council of Europe, said the talks had stalled.').map((p) => p[2])).toEqual([true]);
    expect(peopleOf('Ana Ruiz, a member of Parliament, said the talks had stalled.').map((p) => p[2])).toEqual([true]);
  });

  it('does not take a bare title or a sentence-opening participle for a name', () => {
    expect(peopleOf('The company hired a new Senior Vice President of Sales last spring.')).toEqual([]);
    expect(peopleOf('She was named President and CEO in 2019.')).toEqual([]);
    expect(peopleOf('Following Lindqvist’s resignation, the board met again.').map((p) => p[0])).not.toContain('Following Lindqvist');
  });

  it('needs an institution before a member or veteran counts as an official', () => {
    expect(peopleOf('The band’s founding members Tom Alvarez and Rick Stone reunited in May.').every((p) => p[2] === false)).toBe(true);
    expect(peopleOf('Sarah Kim, a member of the city council, voted no.')).toEqual([['Sarah Kim', 'member of the city council', true]]);
  });

  it('keeps clauses and sentence openers out of roles', () => {
    expect(peopleOf('Westfield United, has turned down three offers for the striker.').filter((p) => p[1] !== null)).toEqual([]);
    expect(peopleOf('While White House press secretary Jane Roe was travelling, the briefing was cancelled.')).toEqual([['Jane Roe', 'White House press secretary', true]]);
    expect(peopleOf('The firm appointed a new Chief Strategy Officer, Ivan Marsh, in June.').map((p) => p[0])).toEqual(['Ivan Marsh']);
  });

  it('keeps surnames that are also titles', () => {
    expect(peopleOf('“It was a long night,” said Stephen King, the novelist.').map((p) => p[0])).toEqual(['Stephen King']);
  });

  it('does not read names out of a title-case headline', () => {
    const blocks = [
      { kind: 'heading' as const, text: 'Why Voters Are Turning Against Harlow' },
      { kind: 'paragraph' as const, text: 'Senator Emma Harlow lost three counties on Tuesday. “We will be back,” Harlow said.' },
    ];
    const a = analyze(blocks);
    expect(a.people.map((p) => p.name)).toEqual(['Emma Harlow']);
    expect(a.quotes.map((q) => q.speaker)).toEqual(['Emma Harlow']);
  });

  it('does not take an office written with a country for a person', () => {
    expect(peopleOf('The U.S. Ambassador met the minister on Friday. “We talked for an hour,” he said.')).toEqual([]);
  });

  it('does not make a relative of an official an official', () => {
    expect(peopleOf('Omar Sayed, the younger brother of the group’s deputy leader, was released on Tuesday.')).toEqual([['Omar Sayed', 'younger brother of the group’s deputy leader', false]]);
  });

  it('does not take newsroom job labels for people', () => {
    const text = ['Staff Writer', 'Senior Correspondent', 'Contributing Editor', 'The harbour board approved the Business Columnist award.', 'Ferry captain Ana Ruiz, an AP Sports Writer fan, sailed on Monday.'].join('\n');
    expect(peopleOf(text).map((p) => p[0])).toEqual(['Ana Ruiz']);
  });

  it('keeps the author named in a byline as a person, without the job label and never as an official', () => {
    expect(peopleOf('By Meg James Staff Writer\nThe studio cut 300 jobs on Monday.')).toEqual([['Meg James', null, false]]);
    expect(peopleOf('By Lena Okafor, chief political correspondent\nThe council met on Tuesday.')).toEqual([['Lena Okafor', null, false]]);
    expect(peopleOf('Analysis by Chris Cillizza, CNN Editor-at-large\nThe vote was close.')).toEqual([['Chris Cillizza', null, false]]);
  });
});
