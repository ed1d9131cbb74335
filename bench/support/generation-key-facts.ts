/**
 * Key facts of the five seed articles, written by hand: the answer a quiz should be able to ask for, and
 * words of the sentence that states it. A fact counts as tested when some question's answer is this answer
 * (or the person's surname) and its cited passage contains the sentence words. A fact two articles state is
 * listed once, with both places it may be asked from.
 */
export interface KeyFact {
  article: string;
  answer: string;
  sentence: string;
  /** The same fact as another article states it: a question on either passage tests it. */
  alsoIn?: { article: string; sentence: string };
}

export const KEY_FACTS: readonly KeyFact[] = [
  { article: '000', answer: 'Yoav Gallant', sentence: 'agreed to work together to deter threats from Iran' },
  { article: '000', answer: 'Israeli Defense Ministry', sentence: 'the Israeli Defense Ministry said' },
  { article: '000', answer: 'Gallant', sentence: 'We have many shared challenges' },
  { article: '000', answer: 'Iran', sentence: 'Israel considers Iran to be its greatest threat' },
  { article: '000', answer: 'Azerbaijan', sentence: 'accuses Iran of supporting hard-line Islamists' },
  { article: '000', answer: 'May', sentence: 'Iran expelled four Azeri diplomats' },
  { article: '000', answer: 'January', sentence: 'a gunman stormed Azerbaijan' },
  { article: '000', answer: 'March', sentence: 'Azerbaijan opened an embassy in Israel in another sign' },
  { article: '000', answer: 'Turkiye', sentence: 'strong historical and cultural ties to Turkiye' },
  { article: '001', answer: 'Eli Cohen', sentence: 'called Azerbaijan a' },
  { article: '001', answer: 'Cohen', sentence: 'The Iranian Ayatollah regime threatens both our regions' },
  { article: '001', answer: 'Benny Gantz', sentence: 'former Israeli Defense Minister' },
  { article: '001', answer: '2022', sentence: 'visited Baku at the end of 2022' },
  { article: '001', answer: '2020', sentence: 'war between Armenia and Azerbaijan in 2020' },
  { article: '001', answer: 'Saudi Arabia', sentence: 'used to be a key partner for Israel' },
  { article: '001', answer: 'Nikos Christodoulides', sentence: 'discussed the Iranian problem with President' },
  { article: '001', answer: 'Cyprus', sentence: 'anti-Iran front in Greece and Cyprus' },
  { article: '001', answer: 'Israel Today', sentence: 'says Israel Today' },
  { article: '002', answer: 'Zakir Hasanov', sentence: 'Azerbaijani Defense Minister Zakir Hasanov' },
  { article: '002', answer: '40 percent', sentence: 'up to 40 percent of its oil' },
  { article: '002', answer: 'Anastasia Lavrina', sentence: 'Prominent Azerbaijani journalist' },
  { article: '002', answer: 'Elnur Enveroglu', sentence: 'worrying officials in Tehran' },
  { article: '002', answer: 'Emil Hasanov', sentence: 'Deputy Chairman of the Public Council' },
  { article: '002', answer: 'Ali Azimov', sentence: 'I strongly support the alliance' },
  { article: '002', answer: 'Babek Chalabi', sentence: 'South Azerbaijani dissident' },
  { article: '002', answer: 'Tarlan Ahmadov', sentence: 'the head of the Azerbaijani Society of Maine' },
  { article: '002', answer: 'eight', sentence: 'eight times smaller than Iran' },
  { article: '003', answer: 'July 13', sentence: 'arrived in Baku' },
  { article: '003', answer: 'Gallant', sentence: 'the fourth senior Israeli official' },
  { article: '003', answer: 'fourth', sentence: 'senior Israeli official to visit Azerbaijan' },
  { article: '003', answer: '1991', sentence: 'attained its independence in 1991' },
  { article: '003', answer: 'April', sentence: 'Foreign Minister Eli Cohen was there in April' },
  { article: '003', answer: 'Isaac Herzog', sentence: 'went in May' },
  { article: '003', answer: '1993', sentence: 'opened an embassy in Baku in 1993' },
  { article: '003', answer: 'March 29', sentence: 'officially inaugurated' },
  { article: '003', answer: '2009', sentence: 'diplomatic memo released by WikiLeaks' },
  { article: '003', answer: '2016', sentence: 'a more visible relationship with Israel in 2016' },
  { article: '003', answer: '$5 billion', sentence: 'worth of weapons and munitions' },
  { article: '003', answer: 'Tehran', sentence: 'the Azerbaijani embassy in Tehran was attacked' },
  // One fact in two articles (the year of the Abraham Accords): asked once, as the generator must, so counted once.
  { article: '003', answer: '2020', sentence: 'Abraham Accords also pushed Azerbaijan', alsoIn: { article: '004', sentence: 'Abraham Accords were a catalyst for Azerbaijan' } },
  { article: '003', answer: '69 percent', sentence: 'of its foreign-manufactured arms' },
  { article: '003', answer: 'half', sentence: 'Israel buys upwards of half of its oil' },
  { article: '003', answer: 'Gallant', sentence: 'The intensification of our relations' },
  { article: '004', answer: 'Yair Lapid', sentence: 'Israeli Prime Minister Yair Lapid' },
  { article: '004', answer: 'Gallia Lindenstrauss', sentence: 'Institute for National Security Studies' },
  { article: '004', answer: 'Amir Oren', sentence: 'Israeli political and defense analyst' },
  { article: '004', answer: 'Oren', sentence: 'The important business is being conducted in Baku' },
  { article: '004', answer: '1995', sentence: 'Oslo Accords between Israel and the Palestinians' },
  { article: '004', answer: 'Aliyev', sentence: 'President llham Aliyev and Israel' },
];
