import { MAX_ARTICLE_BYTES } from '../../services/index.ts';

/** What a command accepts as an uploaded file. */
export interface AttachmentRules {
  /** What the user should attach, for messages: "a .txt or .md file". */
  expected: string;
  /** Accepted file name endings, lower case with the dot: `['.txt', '.md']`. */
  extensions: readonly string[];
  /** Accepted media types (parameters such as charset are ignored). A file Discord gave no type is accepted. */
  contentTypes: readonly string[];
  /** Largest file, in bytes: checked on the declared size and again while downloading. */
  maxBytes: number;
  /** The whole download must finish within this. */
  timeoutMs: number;
}

/** `/article add`: a text or Markdown article. */
export const ARTICLE_FILE: AttachmentRules = {
  expected: 'a .txt or .md file',
  extensions: ['.txt', '.md', '.markdown'],
  contentTypes: ['text/plain', 'text/markdown', 'text/x-markdown'],
  maxBytes: MAX_ARTICLE_BYTES,
  timeoutMs: 15_000,
};

/** A JSON file in the bank format (`/question import`). */
export const JSON_FILE: AttachmentRules = {
  expected: 'a .json file',
  extensions: ['.json'],
  contentTypes: ['application/json', 'text/json', 'text/plain'],
  maxBytes: 5_000_000,
  timeoutMs: 15_000,
};
