import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

let instance: WinkMethods | undefined;

/**
 * One shared wink-nlp instance (loading the model costs ~100 ms). Only the pipes the generator reads are on:
 * sentence boundaries and parts of speech. Dates and numbers are read from the tagged tokens
 * (nlp/quantities.ts), which costs a fraction of wink's entity pipe; negation and sentiment are skipped.
 */
export function wink(): WinkMethods {
  instance ??= winkNLP(model, ['sbd', 'pos']);
  return instance;
}

let tokenizerOnly: WinkMethods | undefined;

/** wink-nlp with no pipes: a plain tokenisation pass, the yardstick of the generation benchmark. */
export function winkTokenizerOnly(): WinkMethods {
  tokenizerOnly ??= winkNLP(model, []);
  return tokenizerOnly;
}
