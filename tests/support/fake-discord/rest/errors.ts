/** One problem found in a request body, placed at its JSON path (Discord's "Invalid Form Body" shape). */
export interface FieldProblem {
  path: (string | number)[];
  code: string;
  message: string;
}

/** A REST failure, answered with the status and JSON body real Discord uses for it. */
export class DiscordHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly problems: FieldProblem[] = [],
    readonly extraBody: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DiscordHttpError';
  }

  body(): Record<string, unknown> {
    const body: Record<string, unknown> = { message: this.message, code: this.code, ...this.extraBody };
    if (this.problems.length > 0) body.errors = nestProblems(this.problems);
    return body;
  }
}

/** `[{path: ['data','components',0,'label'], ...}]` → `{data: {components: {0: {label: {_errors: [...]}}}}}`. */
function nestProblems(problems: FieldProblem[]): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const problem of problems) {
    let node = root;
    for (const key of problem.path) {
      const name = String(key);
      node[name] ??= {};
      node = node[name] as Record<string, unknown>;
    }
    const list = (node._errors ??= []) as { code: string; message: string }[];
    list.push({ code: problem.code, message: problem.message });
  }
  return root;
}

export const DiscordErrors = {
  unauthorized: () => new DiscordHttpError(401, 0, '401: Unauthorized'),
  notFound: () => new DiscordHttpError(404, 0, '404: Not Found'),
  methodNotAllowed: () => new DiscordHttpError(405, 0, '405: Method Not Allowed'),
  unknownApplication: () => new DiscordHttpError(404, 10002, 'Unknown Application'),
  unknownChannel: () => new DiscordHttpError(404, 10003, 'Unknown Channel'),
  unknownGuild: () => new DiscordHttpError(404, 10004, 'Unknown Guild'),
  unknownMessage: () => new DiscordHttpError(404, 10008, 'Unknown Message'),
  unknownWebhook: () => new DiscordHttpError(404, 10015, 'Unknown Webhook'),
  unknownInteraction: () => new DiscordHttpError(404, 10062, 'Unknown interaction'),
  alreadyAcknowledged: () => new DiscordHttpError(400, 40060, 'Interaction has already been acknowledged.'),
  cannotEditOthersMessage: () => new DiscordHttpError(403, 50005, 'Cannot edit a message authored by another user'),
  emptyMessage: () => new DiscordHttpError(400, 50006, 'Cannot send an empty message'),
  invalidWebhookToken: () => new DiscordHttpError(401, 50027, 'Invalid Webhook Token'),
  invalidFormBody: (problems: FieldProblem[]) => new DiscordHttpError(400, 50035, 'Invalid Form Body', problems),
  invalidJson: () => new DiscordHttpError(400, 50109, 'The request body contains invalid JSON.'),
  rateLimited: (retryAfterSeconds: number) =>
    new DiscordHttpError(429, 0, 'You are being rate limited.', [], { retry_after: retryAfterSeconds, global: false }),
};

export function describeProblem(problem: FieldProblem): string {
  const path = problem.path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${key}` : key),
    '',
  );
  return `${path || '(body)'}: ${problem.message}`;
}
