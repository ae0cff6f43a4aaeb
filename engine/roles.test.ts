import { describe, expect, it } from 'vitest';
import { analyze, blocksFromText } from './index';
import { isOfficialRole } from './roles';

const peopleOf = (text: string) => analyze(blocksFromText(text)).people.map((p) => [p.name, p.role, p.official]);
const officialOf = (text: string, name: string) => analyze(blocksFromText(text)).people.find((p) => p.name === name)?.official;

describe('roles: every role the article gives counts', () => {
  it('makes a person official when a later role of the same mention is an office', () => {
    // the comma role ("witness") comes first; the relative clause names the office
    expect(peopleOf('He questioned another witness, Karl Brandt, who is the National Security Council Europe director, on Monday.')).toEqual([
      ['Karl Brandt', 'National Security Council Europe director', true],
    ]);
  });

  it('makes a person official when a later mention gives the office', () => {
    const text = 'Mira Castell spoke first.\nCastell is the chief executive of the port authority.';
    expect(peopleOf(text)).toEqual([['Mira Castell', 'chief executive of the port authority', true]]);
  });

  it('judges each conjunct of a role: a relative who also holds an office is official', () => {
    expect(peopleOf('“He could have,” Paul Rhee, Anna’s husband and the press’s editor in chief, said.')).toEqual([
      ['Paul Rhee', 'Anna’s husband and the press’s editor in chief', true],
    ]);
    expect(isOfficialRole('younger brother of the Taliban’s deputy leader')).toBe(false);
  });
});

describe('roles: capitalised roles', () => {
  it('reads a capitalised role after the name as a role, not a headline', () => {
    expect(peopleOf('“It takes an ecosystem,” said Maya Ortiz, CEO and Founder of Lunar Dust Robotics Inc.')).toEqual([
      ['Maya Ortiz', 'CEO and Founder of Lunar Dust Robotics Inc.', true],
    ]);
    expect(officialOf('“Prices will fall,” said Ravi Menon, Director, Harbour Securities.', 'Ravi Menon')).toBe(true);
    expect(officialOf('“It changes practice,” says Lena Brun, Head of Platform Solutions for Vektor.', 'Lena Brun')).toBe(true);
    expect(officialOf('Hege is the CEO of DH, the Spokane branding firm.\nMaria Hege said so.', 'Maria Hege')).toBe(true);
  });

  it('still needs a role word in a capitalised phrase, and a list of titled names is no role', () => {
    expect(peopleOf('Mourinho managed Porto. Jose Mourinho, Real Madrid and Inter Milan were named.').find((p) => p[0] === 'Jose Mourinho')?.[2]).toBe(false);
    const list = analyze(blocksFromText('The guests were Ana Lopez, Vice President Mark Dane and others.')).people;
    expect(list.find((p) => p.name === 'Ana Lopez')?.official).toBe(false);
  });
});

describe('roles: appositives', () => {
  it('reads an appositive after a dash', () => {
    expect(peopleOf('Wen Lu — project manager for communications and PR director of the shopping site — responded in a post.')).toEqual([
      ['Wen Lu', 'project manager for communications and PR director of the shopping site', true],
    ]);
  });

  it('reads a role with a lowercase complement before a comma', () => {
    expect(peopleOf('“The evidence is weak,” Norway’s deputy director of public prosecutions, Ingrid Vale, said on Tuesday.')).toEqual([
      ['Ingrid Vale', 'Norway’s deputy director of public prosecutions', true],
    ]);
    // a date after the office is no complement of it
    expect(peopleOf('After meeting the president on Tuesday, Ingrid Vale left.')).toEqual([['Ingrid Vale', null, false]]);
  });

  it('does not give a list member the role of the person listed before it', () => {
    expect(peopleOf('The founding members Tom Alvarez, Rick Stone and Ann Lee reunited.').map((p) => p[2])).toEqual([false, false, false]);
    expect(officialOf('“It works,” Jim Kerr, senior vice president for launch at Orbit Defense, Space, and Security, said.', 'Jim Kerr')).toBe(true);
  });
});

describe('roles: relations and relative clauses', () => {
  it('reads a counterpart, a predecessor and a successor as holders of an office', () => {
    expect(peopleOf('The president met his Chinese counterpart, Wei Jian, in Lima.')).toEqual([['Wei Jian', 'Chinese counterpart', true]]);
    expect(officialOf('He asked about concerns his predecessor, Fiona Marsh, might have had.', 'Fiona Marsh')).toBe(true);
  });

  it('reads "who heads / represents / leads" as an office', () => {
    expect(peopleOf('“We hope to reach a deal,” said Jason Foy, who represents the family.')).toEqual([['Jason Foy', 'represents the family', true]]);
    expect(officialOf('Scott Paul, who heads the Alliance for Local Manufacturing, said tariffs hurt.', 'Scott Paul')).toBe(true);
    expect(officialOf('Ana Ruiz, who plays the cello, said the hall was cold.', 'Ana Ruiz')).toBe(false);
  });

  it('reads "who serves as / became / was named" as leading to the role', () => {
    expect(officialOf('Omar Diaz, who serves as the county’s treasurer, resigned.', 'Omar Diaz')).toBe(true);
    expect(officialOf('Omar Diaz, who was named acting director in May, resigned.', 'Omar Diaz')).toBe(true);
  });

  it('reads plural roles before a list ("politicians such as …")', () => {
    expect(peopleOf('We should see more of his associates, from politicians such as Carl Benton to media figures such as Jane Hale.')).toEqual([
      ['Carl Benton', 'politicians', true],
      ['Jane Hale', null, false],
    ]);
  });
});

describe('roles: appointments and successions', () => {
  it('reads a passive appointment as the role', () => {
    expect(peopleOf('McAllen resigned and Chad Wolfe has been named new acting secretary.').find((p) => p[0] === 'Chad Wolfe')).toEqual(['Chad Wolfe', 'new acting secretary', true]);
    expect(officialOf('Dana Pike was appointed as chief of staff last week.', 'Dana Pike')).toBe(true);
    // the one who names somebody does not take the office
    expect(officialOf('Dana Pike has named a new chief of staff.', 'Dana Pike')).toBe(false);
  });

  it('reads "became", "took over as" and "X as ROLE"', () => {
    expect(officialOf('In 2016 Lisa Grant became mayor of the town.', 'Lisa Grant')).toBe(true);
    expect(officialOf('Lisa Grant took over as coach in June.', 'Lisa Grant')).toBe(true);
    expect(officialOf('Lisa Grant became a grandmother in June.', 'Lisa Grant')).toBe(false);
  });

  it('gives the office to both sides of a succession', () => {
    expect(peopleOf('Jose Moreno has agreed a deal to replace Mauro Pellegrini as Hotspur’s manager until the end of the season.')).toEqual([
      ['Jose Moreno', 'Hotspur’s manager', true],
      ['Mauro Pellegrini', 'Hotspur’s manager', true],
    ]);
  });

  it('reads "put X in charge"', () => {
    expect(officialOf('The attorney general put Kathleen Hawkes in charge and ordered an inquiry.', 'Kathleen Hawkes')).toBe(true);
    expect(officialOf('Kathleen Hawkes was put in charge of the bureau in August.', 'Kathleen Hawkes')).toBe(true);
    expect(officialOf('Kathleen Hawkes is in charge of the inquiry.', 'Kathleen Hawkes')).toBe(true);
  });
});

describe('roles: abbreviations and party tags', () => {
  it('reads military, police and parliamentary abbreviations as offices', () => {
    expect(officialOf('Democrats questioned Lt. Col. Alex Varga on Tuesday.', 'Alex Varga')).toBe(true);
    expect(officialOf('Democrats questioned Lt Col Alex Varga on Tuesday.', 'Alex Varga')).toBe(true);
    expect(officialOf('The house mourned Hon. Funke Ade and others.', 'Funke Ade')).toBe(true);
    expect(officialOf('“We will see,” said Chris Early, senior vp partnerships at Ubiq.', 'Chris Early')).toBe(true);
    expect(officialOf('Republican counsel Steve Castell asked about it.', 'Steve Castell')).toBe(true);
  });

  it('reads a party and state tag as the mark of an office', () => {
    expect(peopleOf('He threatened Maria Olsen (D-Minn.) in a call.')).toEqual([['Maria Olsen', 'D-Minn.', true]]);
    expect(officialOf('Tim Sasson, R-Neb., said the prison failed.', 'Tim Sasson')).toBe(true);
    expect(officialOf('Kristen Noel (R) is defending the campaign.', 'Kristen Noel')).toBe(true);
  });

  it('splits an attorney title from the name', () => {
    expect(peopleOf('U.S. Attorney Nealy Coxe said the case was closed.')).toEqual([['Nealy Coxe', 'U.S. Attorney', true]]);
  });
});

describe('roles: names that are no people', () => {
  it('does not take a weekday after a name for a surname', () => {
    expect(peopleOf('President Harlan Tuesday signed the bill.')).toEqual([['Harlan', 'President', true]]);
  });

  it('does not make an agency, a place or a panel an official', () => {
    expect(peopleOf('The Minneapolis ad agency Broadhead Co. came up with the campaign.').filter((p) => p[2])).toEqual([]);
    expect(peopleOf('According to a report in the Argus Leader of Sioux Falls, it failed.').filter((p) => p[2])).toEqual([]);
    expect(peopleOf('It was recommended by the Agency’s Future Technology Advisory Panel in a report.').filter((p) => p[2])).toEqual([]);
    expect(peopleOf('The human rights office spoke. The United Nations High Commissioner for Human Rights said so.').filter((p) => p[2])).toEqual([]);
  });

  it('does not take an office for a person', () => {
    expect(peopleOf('The U.S. Attorney’s Office for the Western District said so. Sonya Zog, the U.S. Attorney, agreed.').map((p) => p[0])).toEqual(['Sonya Zog']);
  });

  it('does not take an institution word that is no office for one', () => {
    expect(isOfficialRole('unfolding cabinet of wonders')).toBe(false);
    expect(isOfficialRole('agency')).toBe(false);
    expect(isOfficialRole("Agency's")).toBe(false);
    expect(isOfficialRole('member of the city council')).toBe(true);
    expect(isOfficialRole('chief political correspondent')).toBe(false);
    expect(isOfficialRole('Tor’s editor in chief')).toBe(true);
    expect(isOfficialRole('Wikileaks editor-in-chief')).toBe(true);
    expect(isOfficialRole('Caldwell-Pope')).toBe(false);
    expect(isOfficialRole('vice-premier')).toBe(true);
  });
});

describe('roles: what only an office holder has', () => {
  it('reads a possessed office, administration or spokesperson as an office', () => {
    expect(officialOf('The initiative, from Tony Abbey’s office, is evidence of alarm.', 'Tony Abbey')).toBe(true);
    expect(officialOf('Critics of Dana Marr’s administration met.', 'Dana Marr')).toBe(true);
    expect(officialOf('A spokeswoman for the company said Ellen Wade’s spokeswoman did not respond.', 'Ellen Wade')).toBe(true);
    expect(officialOf('He is a longtime aide to Ellen Wade.', 'Ellen Wade')).toBe(true);
  });

  it('does not read other possessions that way', () => {
    expect(officialOf('Critics of Dana Marr’s new album met.', 'Dana Marr')).toBe(false);
    expect(officialOf('A letter to Ellen Wade arrived.', 'Ellen Wade')).toBe(false);
    // "a spokesman for" as often names a company
    expect(officialOf('A spokesman for Inherent Resolve, the military operation, said so.', 'Inherent Resolve')).toBe(false);
  });
});

describe('roles: more ways news copy states an office', () => {
  it('reads a copula without a determiner', () => {
    expect(officialOf('Pia Holm spoke.\nHolm is CEO of the port company.', 'Pia Holm')).toBe(true);
    expect(officialOf('Pia Holm was deputy mayor for a decade.', 'Pia Holm')).toBe(true);
    expect(officialOf('Pia Holm is happy with the result.', 'Pia Holm')).toBe(false);
  });

  it('reads "who has led" and "of the <government body>"', () => {
    expect(officialOf('Ken Aldo, who has led the union since 2015, said no.', 'Ken Aldo')).toBe(true);
    expect(officialOf('Dr. Joan Khal of the Michigan Department of Health says the risk is low.', 'Joan Khal')).toBe(true);
    expect(officialOf('Daniel Voss of the Meridian Institute says the risk is low.', 'Daniel Voss')).toBe(false);
  });

  it('reads "a Democrat from …" as a legislator', () => {
    expect(officialOf('“No,” said Jim Hale, a Democrat from Ohio.', 'Jim Hale')).toBe(true);
    expect(officialOf('“No,” said Jim Hale, a Democrat.', 'Jim Hale')).toBe(false);
  });

  it('ties a member to an organisation noun', () => {
    expect(officialOf('School board member Jane Orr voted no.', 'Jane Orr')).toBe(true);
    expect(officialOf('The two band members Jane Orr and Tim Orr toured.', 'Jane Orr')).toBe(false);
  });

  it('reads plural and short titles', () => {
    const a = analyze(blocksFromText('Sens. Ellen Warde and Bernard Sand wrote a letter.')).people;
    expect(a.map((p) => [p.name, p.official])).toEqual([['Ellen Warde', true], ['Bernard Sand', true]]);
    expect(peopleOf('VP Mike Pennock spoke.')).toEqual([['Mike Pennock', 'VP', true]]);
    expect(peopleOf('Principal Ann Koch closed the school.')).toEqual([['Ann Koch', 'Principal', true]]);
  });

  it('keeps a title that runs on with "of" from ending the role before it', () => {
    expect(officialOf('“We are delighted,” adds Olivier Bose, General Manager of Life Care Solutions Europe at Vita Health.', 'Olivier Bose')).toBe(true);
  });
});

describe('roles: candidates and clauses in progress', () => {
  it('reads a run for office as an office', () => {
    expect(officialOf('Lena Parson is running for mayor of the city.', 'Lena Parson')).toBe(true);
    expect(officialOf('Lena Parson, who ran for governor in 2018, said no.', 'Lena Parson')).toBe(true);
    expect(officialOf('Lena Parson is running for re-election.', 'Lena Parson')).toBe(true);
    expect(officialOf('The presidential hopeful Lena Parson spoke in Iowa.', 'Lena Parson')).toBe(true);
    expect(officialOf('Lena Parson is running for charity on Sunday.', 'Lena Parson')).toBe(false);
    expect(officialOf('“We lost everything,” said Lena Parson, who runs a cafe on the bank.', 'Lena Parson')).toBe(false);
    expect(officialOf('“We lost everything,” said Lena Parson, who runs the Harbour Trust.', 'Lena Parson')).toBe(true);
    expect(officialOf('Lena Parson, who is seeking the Democratic nomination, spoke.', 'Lena Parson')).toBe(true);
    expect(officialOf('Lena Parson is seeking a second term.', 'Lena Parson')).toBe(true);
    expect(officialOf('Lena Parson is seeking a new job.', 'Lena Parson')).toBe(false);
  });

  it('reads "who is representing / leading" as an office', () => {
    expect(officialOf('Jack Scarr, who is representing the victims, said he was pleased.', 'Jack Scarr')).toBe(true);
  });

  it('splits hyphenated office titles from the name', () => {
    expect(peopleOf('Secretary-General Antonio Gute spoke in Geneva.')).toEqual([['Antonio Gute', 'Secretary-General', true]]);
    expect(peopleOf('House Majority Whip Jim Clay spoke.')).toEqual([['Jim Clay', 'House Majority Whip', true]]);
  });
});

describe('roles: a pronoun that opens a sentence with a copula', () => {
  it('gives the office to the person named just before', () => {
    expect(peopleOf('“We are ready,” said Michelle Hegg. She is the CEO of DH, a branding firm.')).toEqual([['Michelle Hegg', 'CEO of DH', true]]);
    expect(peopleOf('Tom Rand wrote the book.\nHe was mayor of the town for a decade.')).toEqual([['Tom Rand', 'mayor of the town for a decade', true]]);
  });

  it('gives nothing that is no office, nor from inside a quote', () => {
    expect(peopleOf('Tom Rand wrote the book. He is the brother of the mayor.')).toEqual([['Tom Rand', null, false]]);
    expect(peopleOf('Tom Rand said: “He is the mayor of nothing.”')).toEqual([['Tom Rand', null, false]]);
  });
});

describe('roles: appointments to lead or to sit on a body', () => {
  it('reads "tapped to lead" and "elected to the Senate" as offices', () => {
    expect(officialOf('Dana Pike was tapped to lead the agency in May.', 'Dana Pike')).toBe(true);
    expect(officialOf('Dana Pike was elected to the state Senate in 2010.', 'Dana Pike')).toBe(true);
    expect(officialOf('Dana Pike was appointed to the board last year.', 'Dana Pike')).toBe(true);
    expect(officialOf('Dana Pike was named to the list of the best chefs.', 'Dana Pike')).toBe(false);
  });

  it('does not take travel for an office', () => {
    expect(officialOf('Dana Pike, who heads to Paris next week, packed.', 'Dana Pike')).toBe(false);
    expect(officialOf('Dana Pike, who heads the union, packed.', 'Dana Pike')).toBe(true);
  });
});

describe('roles: a role whose complement runs into the name', () => {
  it('splits "ambassador to Britain Liu Xiaming" into the role and the name', () => {
    expect(peopleOf('China’s ambassador to Britain Liu Xiaming has said that China has the power. Liu said so.')).toEqual([['Liu Xiaming', 'China’s ambassador to Britain', true]]);
    expect(peopleOf('The envoy to Ukraine William B. Taylor spoke. Taylor left.')).toEqual([['William B. Taylor', 'envoy to Ukraine', true]]);
  });

  it('splits only a name the article names again on its own', () => {
    expect(peopleOf('“It is exciting,” said Brent Shore, vice president of Advanced Development Programs at Orbit.').map((p) => p[0]).sort()).toEqual(['Advanced Development Programs', 'Brent Shore']);
  });

  it('leaves a name after other prepositions alone', () => {
    expect(peopleOf('He gave the prize to Teresa Nielsen Hayden on Friday.').map((p) => p[0])).toEqual(['Teresa Nielsen Hayden']);
  });
});

describe('roles: where a role phrase ends', () => {
  it('ends at a clause verb or a relative pronoun', () => {
    expect(peopleOf('As Alexis Madrigal reports, Uber has deliberately ignored city regulators.').filter((p) => p[2])).toEqual([]);
    expect(peopleOf('“Water is there,” said Lucas Pagan, a planetary scientist who led the detection effort.')).toEqual([['Lucas Pagan', 'planetary scientist', false]]);
  });

  it('does not take a capitalised role word inside a title or a name for a role', () => {
    expect(officialOf('They played in Nashville, Tennessee, part of a tour that includes its albums Toulouse Street and The Captain and Me.', 'Tennessee')).toBeUndefined();
    expect(officialOf('“We are ready,” said Ines Varga, a fan of the album The Captain and Me.', 'Ines Varga')).toBe(false);
    expect(officialOf('“We are ready,” said Ines Varga, the company’s first Chief Strategy Officer.', 'Ines Varga')).toBe(true);
  });

  it('still reads an adviser to an office holder', () => {
    expect(officialOf('Justin Bass, who advises Attorney-General George Brand on crime, spoke.', 'Justin Bass')).toBe(true);
  });
});

describe('roles: partners, founders and owners of firms', () => {
  it('reads a partner in a firm as an office, a partner in life not', () => {
    expect(officialOf('“Rents will rise,” said Dana Kohl, managing partner at Ridge Capital.', 'Dana Kohl')).toBe(true);
    expect(officialOf('“We met in 2010,” said Dana Kohl, her partner.', 'Dana Kohl')).toBe(false);
  });

  it('reads "who founded / owns" a named body or a firm as an office', () => {
    expect(officialOf('Ada Lind, who founded Orbit Labs in 2009, said so.', 'Ada Lind')).toBe(true);
    expect(officialOf('Ada Lind, who owns the team, said so.', 'Ada Lind')).toBe(true);
    expect(officialOf('Ada Lind, who owned a small dog, said so.', 'Ada Lind')).toBe(false);
  });

  it('reads "joined ORG as ROLE"', () => {
    expect(officialOf('Ada Lind joined Orbit Labs as chief financial officer in May.', 'Ada Lind')).toBe(true);
  });
});

describe('roles: a clause after a comma is no appositive', () => {
  it('does not read "the company created a speaker" as a role of a product', () => {
    expect(peopleOf('With Sonic Move, the company created a speaker that sounds good.').filter((p) => p[2])).toEqual([]);
    expect(officialOf('“Yes,” said Ana Ruiz, the director of the agency.', 'Ana Ruiz')).toBe(true);
  });
});

describe('roles: more role complements before a comma', () => {
  it('reads "ambassador to the United Nations, NAME"', () => {
    expect(peopleOf('“We disagree,” the U.S. ambassador to the United Nations, Kelly Crafton, said.').filter((p) => p[2])).toEqual([['Kelly Crafton', 'U.S. ambassador to the United Nations', true]]);
  });

  it('reads abbreviated ranks the tokenizer splits from their period', () => {
    expect(officialOf('Cpl. Ana Ruiz said the road was closed.', 'Ana Ruiz')).toBe(true);
  });
});

describe('roles: ranked jobs in front of a name', () => {
  it('reads a ranked job as a role', () => {
    expect(peopleOf('The utility’s principal meteorologist Scott Strand said winds would rise.')).toEqual([['Scott Strand', 'principal meteorologist', true]]);
    expect(peopleOf('Tottenham’s new manager Jose Mourin spoke on Friday.')).toEqual([['Jose Mourin', 'Tottenham’s new manager', true]]);
  });

  it('does not rank a newsroom job into an office', () => {
    expect(peopleOf('Our senior writer Ana Ruiz said so.')).toEqual([['Ana Ruiz', 'senior writer', false]]);
  });
});

describe('roles: a rank before a function word is no job', () => {
  it('does not read "chief executive of" as the role of the company named after it', () => {
    expect(peopleOf('Michael Sim, chief executive of Ceres Robotics, said his company won.').filter((p) => p[2]).map((p) => p[0])).toEqual(['Michael Sim']);
  });
});

describe('roles: lists and parentheses', () => {
  it('shares a plural role across a comma list', () => {
    const a = analyze(blocksFromText('Sens. Ellen Warde, Bernard Sand and Cory Brook wrote a letter.')).people;
    expect(a.map((p) => [p.name, p.official])).toEqual([['Ellen Warde', true], ['Bernard Sand', true], ['Cory Brook', true]]);
    expect(analyze(blocksFromText('Sens. Ellen Warde, Bernard Sand, and Cory Brook wrote a letter.')).people.every((p) => p.official)).toBe(true);
    // a singular role stays with its name
    expect(officialOf('Mayor Ellen Warde, Bernard Sand and Cory Brook met.', 'Bernard Sand')).toBe(false);
  });

  it('reads a role in parentheses after the name', () => {
    expect(officialOf('Tim Cole (the company’s chief executive) said so.', 'Tim Cole')).toBe(true);
    expect(officialOf('Tim Cole (pictured) said so.', 'Tim Cole')).toBe(false);
  });
});

describe('roles: a plural role after a pair of names', () => {
  it('gives it to both', () => {
    const a = analyze(blocksFromText('Ana Ruiz and Tom Berg, the company’s co-founders, said so.')).people;
    expect(a.map((p) => [p.name, p.official])).toEqual([['Ana Ruiz', true], ['Tom Berg', true]]);
    expect(analyze(blocksFromText('Ana Ruiz and Tom Berg, both senators, said so.')).people.every((p) => p.official)).toBe(true);
  });

  it('keeps a singular role with the second name', () => {
    expect(officialOf('Ana Ruiz and Tom Berg, the company’s founder, said so.', 'Ana Ruiz')).toBe(false);
  });
});

describe('roles: a role with an "of" complement in front of the name', () => {
  it('reads "chief of staff NAME" and "director of communications NAME"', () => {
    expect(peopleOf('Acting White House chief of staff Mick Mulvane said so.')).toEqual([['Mick Mulvane', 'Acting White House chief of staff', true]]);
    expect(peopleOf('The director of communications Jane Dove said so.')).toEqual([['Jane Dove', 'director of communications', true]]);
  });

  it('needs a role word before the "of"', () => {
    expect(peopleOf('He gave a lot of money Jane Dove said.')).toEqual([['Jane Dove', null, false]]);
  });
});

describe('roles: the pronoun must agree with a known gender', () => {
  it('does not give "He is the mayor" to Ms. Ruiz', () => {
    expect(officialOf('Ms. Ana Ruiz spoke first. He is the mayor of the town.', 'Ana Ruiz')).toBe(false);
    expect(officialOf('Ms. Ana Ruiz spoke first. She is the mayor of the town.', 'Ana Ruiz')).toBe(true);
  });
});

describe('roles: perfect copulas and offices of others', () => {
  it('reads "has been" and "had been" as a copula, also after appositives', () => {
    expect(officialOf('Ana Ruiz, 52, has been the company’s chief executive since 2015.', 'Ana Ruiz')).toBe(true);
    expect(officialOf('Ana Ruiz had been CEO of Orbit Labs.', 'Ana Ruiz')).toBe(true);
  });

  it('does not take the office of the person a role is about for the role', () => {
    expect(peopleOf('Ana Ruiz has long been a critic of the mayor.')).toEqual([['Ana Ruiz', 'critic of the mayor', false]]);
    expect(isOfficialRole('fan of the coach')).toBe(false);
    expect(isOfficialRole('adviser to the president')).toBe(true);
    expect(isOfficialRole('member of the city council')).toBe(true);
  });
});

describe('roles: who possesses a weak office', () => {
  it('ties an owner or founder to an institution, not to a thing', () => {
    expect(isOfficialRole('the company’s founder')).toBe(true);
    expect(isOfficialRole('Tesla’s founder')).toBe(true);
    expect(isOfficialRole('cat’s original owner')).toBe(false);
  });
});
