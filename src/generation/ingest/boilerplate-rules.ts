/**
 * Phrasing that marks a scraped line as page furniture rather than reporting. Each rule is general news-site
 * wording (subscription banners, share bars, photo credits, donation appeals, legal lines), never a line of
 * one particular article.
 */
export interface LineRule {
  reason: string;
  test: (line: LineFacts) => boolean;
}

export interface LineFacts {
  text: string;
  /** The line with quoted speech removed: what the page itself says, not a person it quotes. */
  unquoted: string;
  words: number;
  endsLikeSentence: boolean;
}

const FIRST_OR_SECOND_PERSON = /\b(we|we're|we've|our|ours|us|you|you're|your|yours)\b/gi;

export function personalPronounCount(text: string): number {
  return text.match(FIRST_OR_SECOND_PERSON)?.length ?? 0;
}

const short = (line: LineFacts, max: number) => line.words <= max;

export const BOILERPLATE_RULES: readonly LineRule[] = [
  { reason: 'subscription banner', test: (l) => /\b(subscribe|subscribing|subscription|sign(ing)?[ -]?up)\b/i.test(l.unquoted) && /\b(newsletter|e-?mail|inbox|updates|today|now|free|our|you|your)\b/i.test(l.unquoted) },
  { reason: 'newsletter banner', test: (l) => /\bnewsletters?\b|\bdelivered to your inbox\b|\bwake up to\b/i.test(l.unquoted) },
  { reason: 'legal line', test: (l) => /\b(terms of (use|service)|privacy policy|all rights reserved|cookie policy)\b|©|\(c\) \d{4}/i.test(l.unquoted) },
  { reason: 'cookie notice', test: (l) => /\bcookies?\b/i.test(l.unquoted) && /\b(we|you|your|accept|consent|browsing|experience|settings)\b/i.test(l.unquoted) },
  { reason: 'share line', test: (l) => /^(share|tweet|e-?mail|print|whatsapp|facebook|twitter|linkedin|pinterest|reddit|copy link|save)\b/i.test(l.text) && (short(l, 8) && !l.endsLikeSentence || /^share (this|on|via|the|article|story)\b/i.test(l.text)) },
  { reason: 'follow line', test: (l) => /\b(follow|like) (us|me|@)/i.test(l.unquoted) || /^follow\b/i.test(l.text) && short(l, 10) },
  { reason: 'related link', test: (l) => /^(related|read more|read also|also read|see also|more from|more on|recommended|watch|listen|don't miss|must read|further reading|more stories)\b\s*(articles?|stories|posts|coverage|reading)?\s*([:|>\-–—]|$)/i.test(l.text) },
  { reason: 'advertisement', test: (l) => /^(advertisement|advert|sponsored( content)?|promoted|paid content|ad)$/i.test(l.text.replace(/[^\w ]/g, '').trim()) },
  { reason: 'donation appeal', test: (l) => /\b(donat\w*|contribut\w*|support\w*|gift|member(ship)?|patron|fund\w*)\b/i.test(l.unquoted) && personalPronounCount(l.unquoted) >= 1 && !/"/.test(l.text) && /\b(please|help|your|become|give|invest|needs)\b/i.test(l.unquoted) },
  { reason: 'donation appeal', test: (l) => /\b(give the gift|invest in|non-?profit news|independent journalism|support (our|us|independent|quality))\b/i.test(l.unquoted) },
  { reason: 'image caption', test: (l) => /^(photo|image|picture|pictured|caption|credit|photograph|illustration|video|main image|top image|file photo)s?\b\s*(credit|caption)?\s*[:|(]/i.test(l.text) },
  { reason: 'photo credit', test: (l) => /\((photo|image|picture|credit|courtesy|pictured)\b[^)]*\)\s*\.?$/i.test(l.text) || /\b(photo|image|picture)s? (by|credit|courtesy)\b/i.test(l.unquoted) },
  { reason: 'photo credit', test: (l) => /\b(getty images|via getty|ap photo|shutterstock|alamy|pa (media|wire)|afp photo|reuters\/|\/reuters|\/afp|\/ap\b|epa-efe|istock)\b/i.test(l.text) },
  { reason: 'category line', test: (l) => /^(tags?|topics?|categories|category|filed under|posted in|section|more in)\b\s*(:|$)/i.test(l.text) },
  { reason: 'reading time', test: (l) => /\b\d+\s*-?\s*min(ute)?s?\s+read\b|^listen to (this|the) (article|story)/i.test(l.text) },
  { reason: 'timestamp', test: (l) => /^(updated|published|posted|last updated|first published)\b/i.test(l.text) && short(l, 12) },
  { reason: 'byline', test: (l) => /^(by|words by|written by|reporting by|story by)\s+[A-Z]/.test(l.text) && short(l, 12) },
  { reason: 'republication note', test: (l) => /^(translated from|originally (published|appeared)|this (article|story) (was|first) (originally )?(published|appeared))\b/i.test(l.text) },
  { reason: 'interface text', test: (l) => /^(click|tap) (here|on|to)\b|\b(personali[sz]e your|browse (categories|topics)|upgrade your experience|sign in|log in|create an account|open in app|download (the|our) app)\b/i.test(l.unquoted) },
  { reason: 'comments', test: (l) => /\b(leave a (comment|reply)|comments are closed|join the (conversation|discussion)|\d+ comments?)\b/i.test(l.unquoted) },
  { reason: 'contact line', test: (l) => /\b(contact us|about us|write to us|got a (story|tip)|send us|contact the (author|reporter|writer)|email the (author|reporter))\b/i.test(l.unquoted) },
  { reason: 'wire credit', test: (l) => /\b(additional reporting by|reporting by\b.*\bediting by|editing by|compiled by|contributed (to )?this report)\b/i.test(l.unquoted) },
  { reason: "editor's note", test: (l) => /^(editor'?s note|correction|clarification|update)\s*[:—–-]/i.test(l.text) || /\bthis (story|article) has been (updated|corrected|amended)\b/i.test(l.unquoted) },
];

/**
 * Every rule above needs one of these words (or a symbol); a line with none of them skips the rules, which
 * keeps the cost of a long article's body lines to one scan each.
 */
export const BOILERPLATE_TRIGGER =
  /subscri|sign|newsletter|inbox|wake up|terms|privacy|rights|cookie|©|\(c\)|^(share|tweet|e-?mail|print|whatsapp|facebook|twitter|linkedin|pinterest|reddit|copy|save|follow|related|read|also|see|more|recommended|watch|listen|don't|must|further|advert|sponsored|promoted|paid|ad\b|photo|image|picture|caption|credit|illustration|video|main|top|file|tags?|topics?|categor|filed|posted|section|updated|published|last|first|by|words|written|reporting|story|translated|originally|this|click|tap)|follow|like (us|me)|donat|contribut|support|gift|member|patron|fund|invest|non-?profit|independent|photo|image|picture|courtesy|getty|ap photo|shutterstock|alamy|pa (media|wire)|afp|reuters|\/ap\b|epa|istock|min(ute)?s? read|personali|browse|upgrade your|log in|account|open in app|download|comment|conversation|discussion|contact|about us|write to us|got a|send us|reporting by|editing by|compiled by|contributed|editor|correction|clarification|has been (updated|corrected|amended)|email the/i;

/**
 * The furniture that turns up inside a paragraph rather than on a line of its own ("… in 2025. Read more:
 * …", "Image caption: …", "Subscribe now."): checked on every sentence, so kept short.
 */
export const INLINE_TRIGGER = /^(read|related|see|also|more|watch|listen|photo|image|picture|caption|credit|advert|sponsored|share|follow|sign|subscribe|click|tap|editor|correction|update)|subscri|newsletter|cookie|getty|donat|©|all rights reserved|reporting by|editing by/i;

/** A heading in the last part of a page after which nothing is reporting any more. */
export const TRAILER_HEADING = /^(related( articles| stories| posts| coverage)?|more (from|on|stories)\b.*|recommended( for you)?|read (more|next)|you (may|might) also like|(\d+ )?comments?( \(\d+\))?|(join|show|view|load) (the )?(comments|discussion|conversation)|about the author|most (read|popular|viewed)|trending( now)?|popular( now)?|latest( news)?|give the gift\b.*|support (us|our)\b.*|donate\b.*)$/i;

/** Words a person writing for or about themselves uses at the end of an article. */
export const BIO_PROFESSION = /\b(journalist|writer|author|reporter|correspondent|editor|columnist|contributor|freelance\w*|blogger|photographer|producer|covers|writes)\b/i;
