/**
 * A problem the user caused (bad input, missing permission, an expired button): its message is shown to them
 * as is, ephemerally, and it is logged without a stack. Anything else thrown is treated as a bug.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}
