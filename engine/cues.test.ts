import { describe, expect, it } from 'vitest';
import { analyze, blocksFromText } from './index';
import { speakersOf } from './testing';

describe('attribution cues', () => {
  it('reads "X said" and "said X" after the quote', () => {
    expect(speakersOf('“We’ve got no shortage of munitions,” Hegseth said.')).toEqual({ 'We’ve got no shortage of munitions,': 'Hegseth' });
    expect(speakersOf('“It’s very much something to worry about,” said C. Eugene Steuerle, a fellow at the Urban Institute.')).toEqual({ 'It’s very much something to worry about,': 'C. Eugene Steuerle' });
    expect(speakersOf('“We are undoubtedly concerned,” said chief inspector Jennifer Mattinson.')).toEqual({ 'We are undoubtedly concerned,': 'Jennifer Mattinson' });
  });

  it('does not read "continued to …" after a quote as its speech verb', () => {
    expect(speakersOf('The teams isolated the problem, Mayer said, and “patched” the software as the company continued to sign up subscribers.')).toEqual({ patched: 'Mayer' });
  });

  it('reads verbs that characterise in someone’s words ("remembered", "dubbed")', () => {
    expect(speakersOf('Tim Cook runs Apple. Cook remembered Jobs rehearsing there and “going way off script.”')).toEqual({ 'going way off script.': 'Tim Cook' });
    expect(speakersOf('Morrison testified. He said his predecessor, Fiona Hill, had dubbed the envoy’s role in forming policy as “the Gordon problem.”')).toEqual({ 'the Gordon problem.': 'Fiona Hill' });
  });

  it('does not take a verb of a clause opening after a partial quote ("“deliver” before the administration would agree")', () => {
    expect(speakersOf('Gordon Sondland told visiting officials they would need to “deliver” before the administration would agree to a meeting.')).toEqual({ deliver: 'Gordon Sondland' });
  });

  it('gives the words to the name before "to" in "allowed Mosseri to claim that “…”"', () => {
    expect(speakersOf('Adam Mosseri runs Instagram. Dropping likes allowed Mosseri to claim that Instagram wants to be “a space that feels much less pressurized.”')).toEqual({ 'a space that feels much less pressurized.': 'Adam Mosseri' });
  });

  it('gives a partial quote the sentence runs on past to the verb before it, not to a later clause’s', () => {
    expect(speakersOf('China said it is committed to the “one country, two systems” formula granting Hong Kong autonomy, while the city’s police deny any abuse.')).toEqual({ 'one country, two systems': 'China' });
  });

  it('gives a quote after "his claim that" to the owner of the claim, not to a name in the clause before', () => {
    expect(speakersOf('Prince Andrew spoke to the BBC. His effort to end his friendship with Epstein contradicts his claim that the pair were “not close”.')).toEqual({ 'not close': 'Andrew' });
    expect(speakersOf('Critics mocked Maria Lopez’s insistence that the plan was “a carefully costed programme for growth.”')).toEqual({ 'a carefully costed programme for growth.': 'Maria Lopez' });
  });

  it('reads "X said" after a clause that follows a quote opening its sentence', () => {
    expect(speakersOf('“Ennahda is responsible for the deterioration, because they were careless with the extremists” while they were in power, Azzouz said.')).toEqual({ 'Ennahda is responsible for the deterioration, because they were careless with the extremists': 'Azzouz' });
  });

  it('skips an appositive between the name and the verb', () => {
    const s = speakersOf('“You could envision them doing some sort of special operations insertions,” Joel Rayburn, a former Trump administration official and senior fellow at the Hudson Institute, told NBC News.');
    expect(Object.values(s)).toEqual(['Joel Rayburn']);
  });

  it('reads a cue before the quote, with or without a colon', () => {
    expect(speakersOf('Opposition Leader Bill Shorten said in a letter to Abbott last month: “Press freedom concerns would ideally be addressed in this Bill.”')).toEqual({ 'Press freedom concerns would ideally be addressed in this Bill.': 'Bill Shorten' });
    expect(speakersOf('Rothman recalls thinking, “Jesus … who is Ellen Fetter?”')).toEqual({ 'Jesus … who is Ellen Fetter?': 'Rothman' });
  });

  it('gives both halves of an interrupted quote the same speaker', () => {
    expect(speakersOf('“The issue has just disappeared,” said Senator Mark Warner. “There’s collective amnesia.”')).toEqual({
      'The issue has just disappeared,': 'Mark Warner',
      'There’s collective amnesia.': 'Mark Warner',
    });
    expect(speakersOf('“I’m not,” Mr. Dejesus said as he secured the clamp, “really.”')).toEqual({ 'I’m not,': 'Dejesus', 'really.': 'Dejesus' });
  });

  it('reads "according to", "told", "in a statement", "wrote" and "tweeted"', () => {
    expect(Object.values(speakersOf('“Sickness, navigational error, geographical features” are all thought to contribute, according to the New Zealand Department of Conservation.'))).toEqual(['New Zealand Department of Conservation']);
    expect(Object.values(speakersOf('“This is what he was fighting for,” Vanessa Hicks told ABC News.'))).toEqual(['Vanessa Hicks']);
    expect(Object.values(speakersOf('“We advise the public not to take any tablets,” the Food Standards Agency said in a statement.'))).toEqual(['Food Standards Agency']);
    expect(Object.values(speakersOf('“This is an all-too-common story in the histories of science,” wrote Jennifer Light, the department head, in an email.'))).toEqual(['Jennifer Light']);
    expect(Object.values(speakersOf('Uber tweeted this announcement: “We are all concerned with events in the city.”'))).toEqual(['Uber']);
  });

  it('knows many speech verbs', () => {
    for (const verb of ['added', 'warned', 'insisted', 'acknowledged', 'conceded', 'cautioned', 'predicted', 'argued', 'explained', 'declared', 'replied']) {
      expect(Object.values(speakersOf(`“We will not give up on this,” Maria Lopez ${verb}.`))).toEqual(['Maria Lopez']);
    }
  });

  it('reads a passive agent after the quote', () => {
    expect(speakersOf('The loss of the colony was described as “devastating” by the Wildlife Trust.')).toEqual({ devastating: 'Wildlife Trust' });
    expect(speakersOf('Harriet Cole, the trust’s chief executive, spoke at the hearing. The ruling was called “a betrayal of the coast”, by Cole.')).toEqual({ 'a betrayal of the coast': 'Harriet Cole' });
  });

  it('reads "in X’s words" and "in the words of X"', () => {
    expect(speakersOf('Marcus Hale spent ten years on the case. In Hale’s words, “the evidence was always there.”')).toEqual({ 'the evidence was always there.': 'Marcus Hale' });
    expect(speakersOf('Judge Alma Ortiz closed the hearing. In her words: “This court will not be rushed.”')).toEqual({ 'This court will not be rushed.': 'Alma Ortiz' });
    expect(speakersOf('In the words of Senator Ruth Adler, “nobody reads the fine print.”')).toEqual({ 'nobody reads the fine print.': 'Ruth Adler' });
  });

  it('carries a lead-in that ends the previous paragraph with a colon into the quote paragraphs', () => {
    const s = speakersOf([
      'Omar Haddad, a baker who has run the shop on Mill Lane since 1998, told reporters the closure had ruined his trade:',
      '“We lost half our customers in a month. Nobody from the city ever came to ask how we were doing.',
      '“I am not asking for charity, only for a road that is open.”',
    ].join('\n'));
    expect(s).toEqual({
      'We lost half our customers in a month. Nobody from the city ever came to ask how we were doing.': 'Omar Haddad',
      'I am not asking for charity, only for a road that is open.': 'Omar Haddad',
    });
  });

  it('reads a speaker label in interview transcripts', () => {
    const s = speakersOf(['Greta Lindholm runs the island’s only school.', 'Lindholm: “We have eleven pupils and one boat.”'].join('\n'));
    expect(s).toEqual({ 'We have eleven pupils and one boat.': 'Greta Lindholm' });
  });

  it('reads interview answers: a name label, "A:" after it, and the label’s own "I"', () => {
    const s = speakersOf([
      'We spoke to the harbour master, Ines Duarte, about the new rules.',
      'Interviewer: What did the ministry tell you?',
      'Duarte: They told us the quay was “structurally sound.” I said, “Then why is it cracking?”',
      'Q: And the fishermen?',
      'A: They call it “the crooked quay” and they are not wrong about the “constant shifting” of the stones.',
    ].join('\n'));
    expect(s['Then why is it cracking?']).toBe('Ines Duarte');
    expect(s['constant shifting']).toBe('Ines Duarte');
  });

  it('does not take an all-caps dateline for a speaker label', () => {
    expect(Object.values(speakersOf('LISBON: Officials were “cautiously optimistic” about the talks, a government source said.'))).toEqual([null]);
  });

  it('needs a single-word label to be the surname of somebody in the article', () => {
    expect(Object.values(speakersOf('Disclaimer: Prices quoted here “may change without notice” and are not advice.'))).toEqual([null]);
  });
});

describe('credits and round-ups', () => {
  it('reads a dash credit after the quote or in the paragraph after a quote standing alone', () => {
    expect(speakersOf('“We will rebuild every house that was lost.” — Dana Reyes')).toEqual({ 'We will rebuild every house that was lost.': 'Dana Reyes' });
    expect(speakersOf('“$53 million a week is coming across the border in drugs.”\n— David McKinley on Sunday, in an article in a local newspaper')).toEqual({
      '$53 million a week is coming across the border in drugs.': 'David McKinley',
    });
  });

  it('reads "Name, Outlet:" labels of a round-up', () => {
    expect(speakersOf('Daniel Ortiz, Global Times: “The market will recover before the end of next quarter.”')).toEqual({
      'The market will recover before the end of next quarter.': 'Daniel Ortiz',
    });
  });

  it('does not read a sentence with a verb before its colon as a label', () => {
    expect(speakersOf('Dana Reyes, who leads the union, said: “We are ready to strike.”')).toEqual({ 'We are ready to strike.': 'Dana Reyes' });
  });
});

describe('signatures are no credits', () => {
  it('does not take a lone first word after a dash for the speaker', () => {
    expect(speakersOf('“The show was really great, we loved every minute of it.” — Mel')).toEqual({ 'The show was really great, we loved every minute of it.': null });
  });
});

describe('cues that hand on and issuers that open the sentence', () => {
  it('lets a verb without a subject hand on to "…, said X" after it', () => {
    expect(speakersOf('“The president wants a bigger deal with China” announced in October, said Derek Scissors, a scholar.')).toEqual({
      'The president wants a bigger deal with China': 'Derek Scissors',
    });
  });

  it('gives the words of a report to the body that released it', () => {
    expect(speakersOf('The Office of the Inspector General released two critical reports that depicted “technical challenges and schedule delays”.')).toEqual({
      'technical challenges and schedule delays': 'Office of the Inspector General',
    });
  });

  it('does not take a participle after the quote for a new cue', () => {
    expect(speakersOf('Prime Minister Scott Morrison said in a statement, “We are profoundly pleased and relieved” at the release, adding that Weeks’ family was grateful.')).toEqual({
      'We are profoundly pleased and relieved': 'Scott Morrison',
    });
  });
});

describe('more cues', () => {
  it('gives "and added" the subject of its sentence past an earlier quote', () => {
    expect(speakersOf('Kurt Volker said he never used the term “three amigos” and added, “I frankly cringe when I hear it.”')['I frankly cringe when I hear it.']).toBe('Kurt Volker');
  });

  it('reads "the statement read" as the words of the body that issued it', () => {
    expect(speakersOf('The Federal Aviation Administration issued a statement on Friday.\n“Safety is our highest priority in every decision we make,” the statement read.')).toEqual({
      'Safety is our highest priority in every decision we make,': 'Federal Aviation Administration',
    });
  });

  it('finds the name in an appositive after a description that follows the verb', () => {
    expect(speakersOf('Sondland told others “he was in charge of Ukraine,” said another witness, former White House Russia adviser Fiona Hill.')['he was in charge of Ukraine,']).toBe('Fiona Hill');
  });

  it('reads "introduced X as “…”" as speech', () => {
    expect(speakersOf('Marc Benioff introduced Tim Cook to the audience as “someone who has redefined what it means to lead.”')['someone who has redefined what it means to lead.']).toBe('Marc Benioff');
  });
});

describe('colons, documents and courtesy titles', () => {
  it('gives a quote after a colon to the person who opens the clause', () => {
    expect(speakersOf('Labour leader Keir Starmer hit back: “The government has failed the country.”')).toEqual({ 'The government has failed the country.': 'Keir Starmer' });
    expect(speakersOf('Moving forward, the group will be left to wonder: “What did we do to deserve this?”')).toEqual({ 'What did we do to deserve this?': null });
  });

  it('gives what a report found to the body that published it', () => {
    expect(speakersOf('The report, published by the Institute for Fiscal Studies, found that “living standards have stalled.”')).toEqual({ 'living standards have stalled.': 'Institute for Fiscal Studies' });
  });

  it('reads "Mr Johnson" without a period as a titled person', () => {
    const q = analyze(blocksFromText('Asked if he regretted it, Mr Johnson replied: “Not for a second.”')).quotes[0];
    expect([q.speaker, q.speakerKind]).toEqual(['Johnson', 'person']);
  });
});

describe('reporting and particles', () => {
  it('prefers the cue before the quote to the publication that reports it', () => {
    expect(speakersOf('Officials said the fire was “largely contained,” according to the Associated Press.')).toEqual({ 'largely contained,': null });
    expect(speakersOf('“The numbers don’t lie,” according to Priya Shah, an analyst.')).toEqual({ 'The numbers don’t lie,': 'Priya Shah' });
  });

  it('keeps particles in a row inside a name', () => {
    expect(speakersOf('“There is no plan B,” the Commission’s president, Ursula von der Leyen, told MEPs.')).toEqual({ 'There is no plan B,': 'Ursula von der Leyen' });
  });
});

describe('coordinated verbs', () => {
  it('give "but said" the subject of its sentence, not the subject of the reported clause', () => {
    expect(speakersOf('Gwynne Shotwell spoke on Monday. She did not give a date, but said SpaceX would fly Starship “a lot” before then.')['a lot']).toBe('Gwynne Shotwell');
  });
});

describe('a quote with a cue of its own', () => {
  it('keeps it over a speaker named in the next sentence', () => {
    const s = speakersOf('Maria Lopez told the court she was “terrified.” Her lawyer, John Park, said she “did nothing wrong.”');
    expect(s).toEqual({ 'terrified.': 'Maria Lopez', 'did nothing wrong.': 'John Park' });
  });

  it('does not take a party tag for a name', () => {
    expect(speakersOf('Asked about it, a spokeswoman for Sen. Ron Wyden, D-Ore., said he “has long opposed” the measure.')).toEqual({ 'has long opposed': null });
  });
});
