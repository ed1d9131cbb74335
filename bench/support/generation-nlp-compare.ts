// Compares wink-nlp and compromise on the seed articles: speed, sentence splitting, POS and numeric entities.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import nlpCompromise from 'compromise';

const dir = process.argv[2] ?? join(import.meta.dirname, '../../question-bank/articles');
const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));
const all = texts.join('\n\n');
const big = Array.from({ length: 200 }, () => all).join('\n\n');

const t0 = performance.now();
const nlp = winkNLP(model);
const t1 = performance.now();
const its = nlp.its;
let winkSentences = 0;
const winkEntities: string[] = [];
for (const text of texts) {
  const doc = nlp.readDoc(text);
  winkSentences += doc.sentences().length();
  doc.entities().each((e: any) => { winkEntities.push(`${e.out(its.type)}:${e.out()}`); });
}
const t2 = performance.now();
nlp.readDoc(big);
const t3 = performance.now();
let cmpSentences = 0;
const cmpEntities: string[] = [];
for (const text of texts) {
  const doc = nlpCompromise(text);
  cmpSentences += doc.sentences().length;
  for (const p of doc.people().out('array') as string[]) cmpEntities.push(`Person:${p}`);
  for (const p of doc.places().out('array') as string[]) cmpEntities.push(`Place:${p}`);
  for (const p of doc.organizations().out('array') as string[]) cmpEntities.push(`Org:${p}`);
  for (const p of (doc as any).dates?.().out('array') ?? []) cmpEntities.push(`Date:${p}`);
  for (const p of doc.numbers().out('array') as string[]) cmpEntities.push(`Number:${p}`);
}
const t4 = performance.now();
nlpCompromise(big).terms().length;
const t5 = performance.now();
const mb = big.length / 1e6;
console.log(`wink-nlp: model load ${(t1 - t0).toFixed(0)} ms; seeds ${(t2 - t1).toFixed(0)} ms; ${mb.toFixed(2)} MB in ${(t3 - t2).toFixed(0)} ms; ${winkSentences} sentences`);
console.log(`compromise: seeds ${(t4 - t2 - (t3 - t2)).toFixed(0)} ms; ${mb.toFixed(2)} MB in ${(t5 - t4).toFixed(0)} ms; ${cmpSentences} sentences`);
console.log('wink entities:', winkEntities.length, winkEntities.slice(0, 80).join(' | '));
console.log('compromise entities:', cmpEntities.length, cmpEntities.slice(0, 80).join(' | '));
