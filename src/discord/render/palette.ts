/** Embed colours: one meaning each, so a glance tells a running question from a result. */
export const PALETTE = {
  /** A question waiting for answers, a neutral panel. */
  question: 0x5865f2,
  right: 0x2ecc71,
  wrong: 0xe74c3c,
  /** Revealed, but nobody got it. */
  missed: 0xf1c40f,
  /** Expired, or nothing to show. */
  muted: 0x95a5a6,
  board: 0xf39c12,
} as const;
