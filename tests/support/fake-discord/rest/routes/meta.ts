import type { Route, RouteContext, RouteResult } from '../context.ts';

function gatewayBot(ctx: RouteContext): RouteResult {
  return {
    status: 200,
    body: {
      url: ctx.services.gatewayUrl(),
      shards: ctx.services.settings.recommendedShards,
      session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: 1 },
    },
  };
}

function currentUser(ctx: RouteContext): RouteResult {
  const bot = ctx.services.state.botUser();
  return { status: 200, body: { ...bot, bot: true, verified: true, mfa_enabled: false, flags: 0, public_flags: 0, locale: 'en-US' } };
}

function currentApplication(ctx: RouteContext): RouteResult {
  const { state } = ctx.services;
  const bot = state.botUser();
  return {
    status: 200,
    body: {
      id: state.options.applicationId,
      name: bot.username,
      icon: null,
      description: '',
      summary: '',
      bot_public: true,
      bot_require_code_grant: false,
      verify_key: '0'.repeat(64),
      team: null,
      flags: 0,
      bot: { ...bot, bot: true },
      install_params: { scopes: ['bot', 'applications.commands'], permissions: '0' },
    },
  };
}

const major = () => 'global';

export const metaRoutes: Route[] = [
  { method: 'GET', pattern: '/gateway/bot', family: 'meta', auth: true, major, handle: gatewayBot },
  { method: 'GET', pattern: '/gateway', family: 'meta', auth: false, major, handle: (ctx) => ({ status: 200, body: { url: ctx.services.gatewayUrl() } }) },
  { method: 'GET', pattern: '/users/@me', family: 'meta', auth: true, major, handle: currentUser },
  { method: 'GET', pattern: '/applications/@me', family: 'meta', auth: true, major, handle: currentApplication },
  { method: 'GET', pattern: '/oauth2/applications/@me', family: 'meta', auth: true, major, handle: currentApplication },
];
