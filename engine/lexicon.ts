// Word lists shared by the modules. General English vocabulary only: no names, no sites.

const set = (words: string) => new Set(words.trim().split(/\s+/));

/**
 * Abbreviations written with a period that ends no sentence: titles, months, and the state and
 * party tags of US politics ("Sen. Ann Roe, D-Calif., said"); a single capital (an initial) too.
 */
export const PERIOD_ABBREVIATIONS = set(`
Mr Mrs Ms Dr Prof Sen Sens Rep Reps Gov Govs Gen Lt Col Sgt Capt Adm Cmdr Maj Jr Sr St Rev Supt Insp Det Hon Pvt Cpl Gens
Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec No Nos Mt Ft Inc Corp Ltd Co Bros vs etc approx Ave Blvd Univ Dept Assn
Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa Penn Tenn
Tex Va Vt Wash Wis Wyo
`);

/** Verbs that introduce reported speech or writing (all forms used in news copy). */
export const SPEECH_VERBS = set(`
say says said saying tell tells told telling add adds added adding ask asks asked explain explains explained
write writes wrote written writing tweet tweets tweeted post posts posted note notes noted argue argues argued
insist insists insisted warn warns warned recall recalls recalled continue continues continued reply replies replied
state states stated declare declares declared acknowledge acknowledges acknowledged admit admits admitted
claim claims claimed concede concedes conceded caution cautions cautioned predict predicts predicted
suggest suggests suggested urge urges urged announce announces announced describe describes described
call calls called vow vows vowed promise promises promised pledge pledges pledged testify testifies testified
remark remarks remarked observe observes observed respond responds responded answer answers answered
comment comments commented complain complains complained confirm confirms confirmed counter counters countered
joke jokes joked lament laments lamented maintain maintains maintained muse muses mused shout shouts shouted
stress stresses stressed emphasise emphasises emphasised emphasize emphasizes emphasized agree agrees agreed
boast boasts boasted charge charges charged contend contends contended deny denies denied exclaim exclaimed
instruct instructs instructed proclaim proclaims proclaimed reiterate reiterates reiterated reveal reveals revealed
whisper whispered yell yelled text texts texted email emails emailed reflect reflects reflected recount recounts recounted
quip quips quipped conclude concludes concluded demand demands demanded assert asserts asserted allege alleges alleged
report reports reported point points pointed sum sums summed put puts think thinks thinking thought wonder wonders wondered
begin begins began insist explain recalling adding noting warning arguing asking writing speak speaks spoke spoken speaking
sigh sighs sighed scoff scoffs scoffed snap snaps snapped plead pleads pleaded retort retorts retorted chime chimes chimed
dismiss dismisses dismissed praise praises praised hail hails hailed assure assures assured remind reminds reminded
inform informs informed introduce introduces introduced depict depicts depicted portray portrays portrayed characterise characterised characterize characterized
remember remembers remembered blast blasts blasted slam slams slammed dub dubs dubbed
decry decries decried denounce denounces denounced condemn condemns condemned criticise criticises criticised criticize criticizes criticized tout touts touted
`);

/** Personal titles and office titles that can stand in front of a name. */
export const NAME_TITLES = set(`
Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Prof Prof. Professor Sir Dame Lord Lady Sen Sen. Rep Rep. Gov Gov. Gen Gen. Lt Lt.
Col Col. Sgt Sgt. Capt Capt. Adm Adm. Maj Maj. Cmdr Cmdr. Rev Rev. Det Det. Insp Insp. Supt Supt. Hon Hon. St.
President Vice Secretary Minister Senator Representative Congressman Congresswoman Governor Mayor Judge Justice
Chancellor Premier Ambassador Commissioner Inspector Chief Superintendent Detective Sergeant Constable Officer
Director Chairman Chairwoman Chair Leader Speaker Treasurer Attorney-General Solicitor-General General Colonel
Captain Admiral Commander Lieutenant Major Marshal Pope King Queen Prince Princess Emperor Sheikh Archbishop
Bishop Cardinal Rabbi Imam Father Pastor Coach Spokesman Spokeswoman Spokesperson Councillor Councilman
Councilwoman Deputy Magistrate Prosecutor Sheriff Chief-Executive CEO Founder Co-founder Ranger Supervisor Manager
Attorney VP Principal Trustee Alderman Alderwoman Assemblyman Assemblywoman Assemblymember Councilmember Delegate Counsel
Comptroller Secretary-General Director-General Inspector-General Governor-General Vice-President Vice-Premier
President-elect Whip Trooper Agent Envoy Consul Brigadier Chairperson
`);

/** Titles that mark a person but say nothing about an office. */
export const COURTESY_TITLES = set('Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Sir Dame Lady Lord');

/** Words that make a capitalised sequence an organisation. */
export const ORGANISATION_WORDS = set(`
House Department Ministry Agency Committee Council Institute Institution University Association Company Corporation
Corp Corp. Inc Inc. Ltd Ltd. LLC Group Party Police Times News Post Press Service Services Bank Court Government
Commission Bureau Authority Administration Foundation Center Centre Office Church School College Union League
Club Federation Organization Organisation Network Fund Board Parliament Senate Congress Assembly Command Force
Forces Army Navy Airlines Airways Motors Foods Labs Systems Technologies Media Journal Herald Tribune
Coalition Alliance Society Trust Partners Capital Holdings Industries
Brokerage Hospital Clinic Laboratory Program Programme Project Campaign Movement Brigade Regiment Division Unit
Secretariat Cabinet Council Exchange Market Markets Studio Studios Records Magazine Broadcasting Channel Radio
Television Agency Team Club FC Finance Capital Securities Partners Ventures Energy Airlines Pharmaceuticals
Co Panel Productions Pictures Entertainment Publishing Publishers Communications Enterprises Consulting Investments
Associates Insurance Logistics Museum Library Orchestra
`);

/** Words that make a capitalised sequence a place or a thing rather than a person. */
export const PLACE_WORDS = set(`
Street St Avenue Ave Road Rd Boulevard Beach Island Islands River Mountain Mountains City County State States
Harbour Harbor Park Bay Lake Coast Valley Square Bridge Airport Station Hall Tower Building Stadium Arena Province
Region District Republic Kingdom Ocean Sea Gulf Peninsula Desert Forest Falls Heights Hills Village Town Day
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April July August
September October November December Act Law Treaty Prize Award War Cup Games Olympics Summit Conference
Festival Week Month Year Century Street Mall North South East West Northern Southern Eastern Western Central
Code Constitution Amendment Operation Republican Republicans Democrat Democrats Democratic Islamist Islamists Conservative
Conservatives Liberal Liberals Socialist Socialists Muslim Muslims Christian Christians Jewish
Theater Theatre Museum Gallery Hotel Cathedral Temple Palace Castle Garden Gardens Zoo
`);

/** Capitalised words that start sentences or headings and are never part of a name. */
export const NEVER_NAME = set(`
The A An And But Or Nor So Yet For If When While Where Why How What Who Whom Whose Which That This These Those
He She It They We You I His Her Its Their Our Your My Him Them Us Me In On At By From To Of With Without As Into
Onto Upon After Before During Since Until Although Though Because Despite Between Among Against About Above Below
Over Under Through Across Along Around Behind Beyond Near Inside Outside Some Many Most Much More Few Several All
Both Each Every Any No Not None Other Another Such Only Also Even Just Still Then Now Here There Today Tomorrow
Yesterday Yes Well Oh Please Thanks Thank Meanwhile However Indeed Instead Perhaps Maybe Already Again Later Earlier
Last Next First Second Third Once Twice One Two Three Four Five Six Seven Eight Nine Ten Photograph Photo Image
Credit Source Advertisement Related Read Share Follow Sign Click Subscribe Copyright
According Asked Says Said Like Unlike Including Despite Whether Either Neither Mrs Mr Ms Dr Although Clockwise Above
Main Top Left Right Bottom
`);

export const PERSONAL_PRONOUNS = set('he she He She him Him');

/**
 * Occupations that are written as a title in front of a name ("Harbour Master Tom Berger", "Head Chef
 * Maria Lopez") as well as in lowercase ("Tom Berger, the harbour master,"): a role, not part of the name.
 */
export const OCCUPATIONS = set(`
master harbourmaster harbormaster headmaster headmistress postmaster quartermaster chef warden keeper gamekeeper
curator trainer skipper pilot engineer architect nurse surgeon physician planner clerk registrar coroner auditor
administrator forester lifeguard paramedic firefighter ombudsman caretaker steward
`);

/**
 * Newsroom job labels ("Staff Writer", "Business Columnist"): rarely surnames, so a capitalised
 * sequence ending in one is a job label, not a name.
 */
export const JOB_LABELS = set(`
writer writers columnist columnists correspondent correspondents editor editors editor-at-large reporter reporters
contributor contributors journalist journalists photographer photographers staff producer critic blogger
`);

/** Words that qualify a job label: rank and desk ("Senior", "Contributing", "National Security"). */
export const JOB_LABEL_MODIFIERS = set(`
staff senior junior chief deputy associate assistant managing executive contributing special national international
foreign political politics business opinion sports auto technology tech science health metro investigative
features culture entertainment travel food data digital security diplomatic legal medical military economics
`);

/** Lowercase nouns that designate a person by role ("the minister", "a spokesperson"). */
export const ROLE_NOUNS = set(`
president minister secretary senator representative congressman congresswoman governor mayor judge justice
chancellor premier ambassador commissioner inspector chief superintendent detective sergeant officer director
chairman chairwoman chair leader speaker treasurer general colonel captain admiral commander lieutenant pope king
queen prince princess bishop rabbi imam pastor coach spokesman spokeswoman spokesperson councillor councilman
prosecutor sheriff ceo founder co-founder executive official officials adviser advisor aide aides manager head
lawyer attorney diplomat envoy lawmaker legislator mp politician ranger supervisor deputy analyst expert experts
source sources researcher researchers scientist scientists professor economist doctor doctors teacher witness
witnesses resident residents mother father wife husband son daughter brother sister friend neighbour neighbor
owner author writer analyst analysts editor reporter correspondent member members worker workers person man woman
people observer observers critic critics insider insiders staffer staffers employee employees student students
veteran historian president-elect vice-president candidate nominee strategist consultant
${[...OCCUPATIONS].join(' ')}
`);

/** Lowercase nouns that designate an organisation ("the company said"). */
export const ORGANISATION_NOUNS = set(`
company firm agency department ministry government administration council committee group organisation
organization union party police army military team club league university institute court board authority
office campaign network newspaper paper magazine service bank charity foundation retailer airline manufacturer
regulator watchdog commission bureau embassy
`);

/** Documents that speak for whoever issued them ("the statement said", "the letter reads"). */
export const DOCUMENT_NOUNS = set(`
statement statements letter letters report reports filing filings release email emails memo memos post posts tweet
tweets complaint lawsuit suit document documents study survey note message affidavit ruling order motion petition
notice transcript indictment press-release announcement
`);

/** Words in a role that show an official, public or institutional position (GUIDELINES §11). */
export const OFFICE_WORDS = set(`
president vice-president minister secretary senator sen representative rep congressman congresswoman governor gov
mayor judge justice chancellor premier ambassador commissioner inspector chief superintendent detective sergeant
constable officer director chairman chairwoman chair leader speaker treasurer attorney-general solicitor-general
general colonel captain admiral commander lieutenant marshal pope king queen prince princess emperor sheikh
archbishop bishop cardinal spokesman spokeswoman spokesperson councillor councilman councilwoman magistrate
prosecutor sheriff ceo founder co-founder executive official adviser advisor aide manager head lawyer attorney
diplomat envoy lawmaker legislator mp politician ranger supervisor deputy coach police administration government
ministry department agency cabinet parliament congress senate council commission party candidate nominee
president-elect secretariat member boss owner principal dean provost chancellor warden trustee regulator
veteran co-director administrator ombudsman coroner registrar
lt col sgt capt gen adm maj cmdr cpl insp det supt hon vp svp evp cfo coo cto cio cmo counsel negotiator
predecessor successor counterpart publisher alderman alderwoman assemblyman assemblywoman assemblymember councilmember
chairperson comptroller solicitor barrister consul duke duchess monarch hopeful contender front-runner frontrunner
incumbent whip trooper brigadier partner
`);
