// The quiz rules, pure: no Discord, no storage, no clock (time is always passed in).
export * from './iso-week.ts';
export * from './leitner.ts';
export * from './question-selection.ts';
export * from './random.ts';
export * from './round.ts';
export * from './scoring.ts';
export * from './study-session.ts';
