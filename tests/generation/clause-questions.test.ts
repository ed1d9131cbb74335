import { describe, expect, it } from 'vitest';
import { generateQuestions } from '../../src/generation/index.ts';
import { answerOf, distractorsOf, findQuestion, TOWN_CORPUS } from './support.ts';

const article = (id: string, ...paragraphs: string[]) => ({ id, text: [`${id} headline for the test story`, ...paragraphs].join('\n\n') });

const NUMBERS = [
  ...TOWN_CORPUS,
  article(
    'budget',
    'The Harbour Port Authority will spend $120 million on new cranes over the next decade.',
    'Shares in Nordic Lines rose 4.2 percent in early trading in Oslo on Tuesday.',
    'Between 2016 and 2020, Azerbaijan purchased 69 percent of its foreign-manufactured arms from Israel, according to the International Peace Research Institute in Sweden.',
    'Iran has also been conducting regular military exercises along the border of Azerbaijan for about two years, and has set up an espionage network in the country.',
    'About 30 percent of adults in England do less than 30 minutes of exercise a week, according to NHS figures published in 2023.',
    'Israel buys upwards of half of its oil from Azerbaijan, officials in Baku say.',
  ),
  article(
    'club',
    'Rovers manager Sofia Marquez made three changes at half-time in the cup tie against Westbrook Albion.',
    'Danny Okafor, who joined Rovers from Northfield United in January for a fee of £4.5 million, was on the bench.',
    'Striker Pablo Reyes has now scored six goals this season for the visitors.',
    'Chief executive Ingrid Solberg said Northwind would return $800 million to shareholders through a share buyback.',
  ),
];
const questions = generateQuestions(NUMBERS);
const stemFor = (answer: string) => findQuestion(questions, (question) => answerOf(question) === answer).stem;

describe('how many, how much, what share: number questions', () => {
  it('turns the clause round with do-support or its own auxiliary, and asks for the figure', () => {
    expect(stemFor('$120 million')).toBe('How much will the Harbour Port Authority spend on new cranes over the next decade?');
    expect(stemFor('three')).toBe('How many changes did Rovers manager Sofia Marquez make at half-time in the cup tie against Westbrook Albion?');
    expect(stemFor('six')).toBe('How many goals has striker Pablo Reyes now scored this season for the visitors?');
    expect(stemFor('4.2 percent')).toBe('By how much did shares in Nordic Lines rise in early trading in Oslo on Tuesday?');
  });

  it('asks what share of something, keeps a leading time and the source, and reads a share in the subject', () => {
    expect(stemFor('69 percent')).toBe('What share of its foreign-manufactured arms did Azerbaijan purchase from Israel between 2016 and 2020, according to the International Peace Research Institute in Sweden?');
    expect(stemFor('about 30 percent')).toBe('What share of adults in England do less than 30 minutes of exercise a week, according to NHS figures published in 2023?');
  });

  it('asks for how long, dropping the "also" that points back and the clause that trails after', () => {
    expect(stemFor('about two years')).toBe('For how long has Iran been conducting regular military exercises along the border of Azerbaijan?');
  });

  it('reads a reported clause with its speaker as the source, and a clause hung on a name', () => {
    expect(stemFor('$800 million')).toBe('How much would Northwind return to shareholders through a share buyback, according to chief executive Ingrid Solberg?');
    expect(stemFor('£4.5 million')).toBe('For what fee did Danny Okafor join Rovers from Northfield United in January?');
  });

  it('offers wrong values in the answer\u2019s own unit and form, approximation included', () => {
    for (const choice of distractorsOf(findQuestion(questions, (question) => answerOf(question) === 'about two years'))) expect(choice).toMatch(/^about [a-z]+ years$/);
    for (const choice of distractorsOf(findQuestion(questions, (question) => answerOf(question) === '$120 million'))) expect(choice).toMatch(/^\$\d+ million$/);
    for (const choice of distractorsOf(findQuestion(questions, (question) => answerOf(question) === 'six'))) expect(choice).toMatch(/^[a-z]+$/);
  });

  it('never asks a bound ("upwards of half") as a single value', () => {
    expect(questions.some((question) => question.kind === 'number' && answerOf(question) === 'half')).toBe(false);
  });
});

describe('which organisation', () => {
  const organisations = generateQuestions([
    ...TOWN_CORPUS,
    article('ministry', 'Officials from both countries agreed to work together against smuggling, the Harbour Port Authority said.'),
    article('arms', 'The Azerbaijani navy purchased observation satellites from Israel last year, according to the Kintampo Health Research Centre.'),
  ]);
  it('asks who said it, quoting the fact as the source put it', () => {
    const said = findQuestion(organisations, (question) => question.source?.article === 'ministry');
    expect(said.kind).toBe('organisation');
    expect(said.stem).toBe('Which organisation said that officials from both countries agreed to work together against smuggling?');
    expect(answerOf(said)).toBe('Harbour Port Authority');
  });

  it('asks "according to which organisation", turning the clause round', () => {
    const according = findQuestion(organisations, (question) => question.source?.article === 'arms' && question.kind === 'organisation');
    expect(according.stem).toBe('According to which organisation did the Azerbaijani navy purchase observation satellites from Israel last year?');
  });
});

describe('which place or organisation, as the object of a clause', () => {
  const objects = generateQuestions([
    ...TOWN_CORPUS,
    article('threats', 'The defence ministry considers Iran to be the greatest threat to the region, officials in Jerusalem say.', 'Azerbaijan shares a border with Iran and Armenia in the south of the Caucasus region.'),
  ]).filter((question) => question.source?.article === 'threats');

  it('asks which country the clause is about', () => {
    const threat = findQuestion(objects, (question) => answerOf(question) === 'Iran');
    expect(threat.stem).toBe('Which country does the defence ministry consider to be the greatest threat to the region, according to officials in Jerusalem?');
  });

  it('does not ask a place that a relation could make one of several ("shares a border with")', () => {
    expect(objects.some((question) => question.stem.includes('share a border'))).toBe(false);
  });
});

describe('when, from a clause about a name', () => {
  it('asks the year of a relative clause set off by dashes', () => {
    const [question] = generateQuestions([
      ...TOWN_CORPUS,
      article('visit', 'Gallant was the fourth senior Israeli official to visit Azerbaijan — a former Soviet republic which attained its independence in 1991 — in less than a year.'),
    ]).filter((candidate) => candidate.source?.article === 'visit' && candidate.kind === 'date');
    expect(question?.stem).toBe('In what year did Azerbaijan attain its independence?');
  });
});

describe('sentences that lean on the one before', () => {
  const leaning = generateQuestions([
    ...TOWN_CORPUS,
    article('embassy', 'Israel opened an embassy in Baku in 1993. Azerbaijan reciprocated only this past March, having waited three full decades before taking the plunge.'),
    article(
      'arms',
      'Azerbaijan won its war with Armenia in 2020, helped by drones bought abroad. Until that point, Azerbaijan had bought about $5 billion worth of weapons and munitions from Israel.',
    ),
  ]);

  it('skips a sentence whose verb takes its object from the sentence before ("reciprocated")', () => {
    expect(leaning.some((question) => question.source?.passage.startsWith('Azerbaijan reciprocated'))).toBe(false);
  });

  it('resolves "there" and a journey with no destination to the one place the sentences before name', () => {
    const visits = generateQuestions([
      ...TOWN_CORPUS,
      article('visits', 'Gallant was the fourth senior Israeli official to visit Azerbaijan in less than a year. Foreign Minister Eli Cohen was there in April. President Isaac Herzog went in May.'),
    ]).filter((question) => question.source?.article === 'visits');
    const april = findQuestion(visits, (question) => question.source?.passage.endsWith('was there in April.') === true);
    expect(['Who was in Azerbaijan in April?', 'In which month was Foreign Minister Eli Cohen in Azerbaijan?']).toContain(april.stem);
    expect(april.source?.passage.startsWith('Gallant was the fourth')).toBe(true);
    const may = findQuestion(visits, (question) => question.source?.passage.endsWith('went in May.') === true);
    expect(may.stem).toMatch(/(go|went) to Azerbaijan/);
  });

  it('says a leading time first when the rest of the question could take it ("On Thursday, who said that…")', () => {
    const [said] = generateQuestions([
      ...TOWN_CORPUS,
      article('speech', 'Rovers manager Sofia Marquez and striker Pablo Reyes trained in Oslo on Monday.', 'On Thursday, Marquez said that the club had allocated millions to its academy.'),
    ]).filter((question) => question.source?.passage.startsWith('On Thursday') === true && question.kind === 'person');
    expect(said?.stem).toBe('On Thursday, who said that the club had allocated millions to its academy?');
  });

  it('resolves "Until that point" to the one date the sentence before gives, citing both', () => {
    const bought = findQuestion(leaning, (question) => answerOf(question) === 'about $5 billion');
    expect(bought.stem).toBe('How much had Azerbaijan spent on weapons and munitions from Israel until 2020?');
    expect(bought.source?.passage.startsWith('Azerbaijan won its war')).toBe(true);
  });
});

describe('the same fact, the same passage, the same source', () => {
  it('asks a figure of a name once across articles, however the sentences differ', () => {
    const twice = generateQuestions([
      ...TOWN_CORPUS,
      article('one', 'The 2020 Abraham Accords also pushed Azerbaijan closer to Israel, officials in the region believe.'),
      article('two', 'Lindenstrauss says that the 2020 Abraham Accords were a catalyst for the decision of Azerbaijan to open an embassy.'),
    ]);
    expect(twice.filter((question) => answerOf(question) === '2020')).toHaveLength(1);
  });

  it('asks one quotation per speaker and passage', () => {
    const quotes = generateQuestions([
      ...TOWN_CORPUS,
      article('speech', 'Babek Chalabi, a dissident in the United States, added: "The recent terrorist act targeting the embassy in Baku is deeply concerning for every one of us. It is essential for nations to collaborate in combating terrorism and protecting diplomats."', 'He added: "The thwarting of the attack on the embassy underscores the importance of robust security measures everywhere."'),
    ]).filter((question) => question.kind === 'quote' && question.source?.article === 'speech');
    expect(quotes).toHaveLength(1);
  });

  it('says whose account a disputed fact is: the outlet the article names, else a short title', () => {
    const disputed = generateQuestions([
      { id: 'low', text: 'It is in the interests of both Azerbaijan and Israel to cooperate in the face of the Iranian threat\n\nUp to 40 percent of the oil of Israel comes from Azerbaijan, officials said on Monday.\n\nThe deal was signed in Baku in 2016, the ministry said.' },
      { id: 'high', text: 'Energy ties\n\nUpwards of half of the oil of Israel comes from Azerbaijan, an analyst tells The Energy Line.\n\nThe pipeline opened in 2006 and carries oil to Turkey, another analyst tells The Energy Line.' },
    ]);
    expect(findQuestion(disputed, (question) => answerOf(question) === '40 percent').stem).toMatch(/^According to "It is in the interests of both Azerbaijan…": /);
    expect(findQuestion(disputed, (question) => answerOf(question).toLowerCase() === 'half').stem).toMatch(/^According to The Energy Line: /);
  });
});
