import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { UploadedFile } from '../records.ts';
import type { FakeServices, Route, RouteContext, RouteResult } from './context.ts';
import { DiscordErrors, DiscordHttpError } from './errors.ts';
import { RateLimiter } from './rate-limiter.ts';
import { channelRoutes } from './routes/channels.ts';
import { commandRoutes } from './routes/commands.ts';
import { interactionRoutes } from './routes/interactions.ts';
import { metaRoutes } from './routes/meta.ts';
import { webhookRoutes } from './routes/webhooks.ts';

const API_PREFIX = '/api/v10';

interface CompiledRoute extends Route {
  regex: RegExp;
  names: string[];
}

function compile(route: Route): CompiledRoute {
  const names: string[] = [];
  const source = route.pattern
    .split('/')
    .map((segment) => {
      if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\@]/g, '\\$&');
      names.push(segment.slice(1));
      return '([^/]+)';
    })
    .join('/');
  return { ...route, regex: new RegExp(`^${source}$`), names };
}

const ROUTES = [...metaRoutes, ...commandRoutes, ...interactionRoutes, ...webhookRoutes, ...channelRoutes].map(compile);

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** JSON, or multipart with `payload_json` and `files[n]` parts, as @discordjs/rest sends uploads. */
async function parseBody(request: IncomingMessage, raw: Buffer): Promise<{ body: unknown; files: UploadedFile[] }> {
  const type = request.headers['content-type'] ?? '';
  if (raw.length === 0) return { body: undefined, files: [] };
  if (type.startsWith('multipart/form-data')) {
    const form = await new Response(raw, { headers: { 'content-type': type } }).formData();
    const files: UploadedFile[] = [];
    let body: unknown;
    for (const [field, value] of form) {
      if (typeof value === 'string') {
        if (field === 'payload_json') body = parseJson(value);
      } else {
        files.push({ field, filename: value.name, contentType: value.type || 'application/octet-stream', data: Buffer.from(await value.arrayBuffer()) });
      }
    }
    return { body, files };
  }
  return { body: parseJson(raw.toString('utf8')), files: [] };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw DiscordErrors.invalidJson();
  }
}

/** The fake's HTTP side: Discord's REST API under /api/v10 and a CDN for attachment bytes. */
export class RestServer {
  readonly #limiter: RateLimiter;

  constructor(private readonly services: FakeServices) {
    this.#limiter = new RateLimiter(services.state.clock);
  }

  handle = (request: IncomingMessage, response: ServerResponse): void => {
    this.#handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ message: `500: fake Discord failed: ${(error as Error).message}`, code: 0 }));
    });
  };

  async #handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const hrTime = performance.now();
    const url = new URL(request.url ?? '/', 'http://fake.invalid');
    const method = (request.method ?? 'GET').toUpperCase();
    const raw = await readBody(request);

    if (method === 'GET' && url.pathname.startsWith('/attachments/')) {
      const file = this.services.state.files.get(decodeURIComponent(url.pathname));
      if (!file) return this.#send(response, 404, { message: '404: Not Found', code: 0 }, {});
      response.writeHead(200, { 'content-type': file.contentType, 'content-length': file.content.length });
      response.end(file.content);
      return;
    }

    const path = url.pathname.startsWith(`${API_PREFIX}/`) ? url.pathname.slice(API_PREFIX.length) : undefined;
    const ctx: RouteContext = { services: this.services, method, path: path ?? url.pathname, route: '(unknown)', params: {}, query: url.searchParams, body: undefined, files: [], hrTime };
    let headers: Record<string, string> = {};
    let result: RouteResult;
    let parseError: unknown;
    try {
      ({ body: ctx.body, files: ctx.files } = await parseBody(request, raw));
    } catch (error) {
      parseError = error;
    }
    // From here on nothing awaits until the request is recorded, so a test resumed by its effects sees it recorded.
    try {
      const route = path === undefined ? undefined : this.#match(method, path, ctx);
      if (parseError) throw parseError;
      if (!route) throw DiscordErrors.notFound();
      if (route.auth && request.headers.authorization !== `Bot ${this.services.state.options.token}`) throw DiscordErrors.unauthorized();
      const outcome = this.#limiter.take(`${method} ${route.pattern}`, route.major(ctx.params), this.services.rateLimits[route.family]);
      headers = outcome.headers;
      if (!outcome.allowed) throw DiscordErrors.rateLimited(outcome.retryAfterSeconds);
      result = route.handle(ctx);
    } catch (error) {
      if (!(error instanceof DiscordHttpError)) throw error;
      result = { status: error.status, body: error.body() };
      const interaction = ctx.interactionId ? this.services.state.interactions.get(ctx.interactionId) : undefined;
      if (interaction) {
        interaction.errors.push({ path: ctx.path, status: error.status, code: error.code, message: error.message });
        this.services.state.interactionChanged(interaction);
      }
    }
    const recorded = this.services.state.record({
      method,
      path: ctx.path,
      route: ctx.route,
      query: url.search,
      body: ctx.body,
      files: ctx.files,
      status: result.status,
      response: result.body,
      at: this.services.state.clock(),
      hrTime,
      ...(ctx.interactionId ? { interactionId: ctx.interactionId } : {}),
    });
    this.services.events.emit('request', recorded);
    this.#send(response, result.status, result.body, headers);
  }

  #match(method: string, path: string, ctx: RouteContext): CompiledRoute | undefined {
    let pathMatched = false;
    for (const route of ROUTES) {
      const match = route.regex.exec(path);
      if (!match) continue;
      pathMatched = true;
      if (route.method !== method) continue;
      ctx.route = route.pattern;
      route.names.forEach((name, index) => (ctx.params[name] = decodeURIComponent(match[index + 1]!)));
      return route;
    }
    if (pathMatched) throw DiscordErrors.methodNotAllowed();
    return undefined;
  }

  #send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string>): void {
    if (status === 204 || body === undefined) {
      response.writeHead(status === 200 ? 204 : status, headers);
      response.end();
      return;
    }
    const json = JSON.stringify(body);
    response.writeHead(status, { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
    response.end(json);
  }
}
