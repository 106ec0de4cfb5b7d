import type { FastifyInstance } from 'fastify';
import {
  changePasswordInput,
  createUserInput,
  createdUserDto,
  idParams,
  loginInput,
  meDto,
  pageOf,
  resetPasswordDto,
  updateUserInput,
  userDto,
  userListQuery,
} from '@vte/contracts';
import type { Config } from '../../config';
import type { Db } from '../../platform/db/pool';
import { route } from '../../platform/http/route';
import * as auth from './auth.service';
import { sessionResolver } from './session.service';
import * as users from './users.service';

export function identityRoutes(app: FastifyInstance, db: Db, config: Config): void {
  authRoutes(app, db, config);
  userRoutes(app, db);
}

/** Sign-in, the session, sign-out and the user's own password. */
function authRoutes(app: FastifyInstance, db: Db, config: Config): void {
  const d = { db, config };
  const secure = (proto: string) =>
    config.COOKIE_SECURE === 'auto' ? proto === 'https' : config.COOKIE_SECURE === 'true';
  const resolve = sessionResolver(d, app.cacheListener);
  app.decorate('authenticate', (req) => resolve(req.cookies[auth.SESSION_COOKIE]));

  route(app, {
    method: 'POST',
    url: '/api/auth/login',
    access: 'public',
    tags: ['auth'],
    summary: 'Đăng nhập',
    body: loginInput,
    response: meDto,
    status: 200,
    // Keyed on the client address (the socket's peer, or what a trusted proxy forwards), never on a
    // cookie the caller chooses: a fresh cookie per attempt must not buy a fresh allowance.
    rateLimit: { max: config.LOGIN_RATE_PER_MINUTE, timeWindow: '1 minute', keyGenerator: (req) => req.ip },
    handler: async ({ body }, ctx, reply) => {
      const { token, expiresAt, me } = await auth.login(d, ctx, body);
      reply.setCookie(auth.SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: secure(reply.request.protocol),
        expires: expiresAt,
      });
      return me;
    },
  });
  route(app, {
    method: 'GET',
    url: '/api/auth/me',
    access: 'authenticated',
    duringPasswordChange: true,
    tags: ['auth'],
    summary: 'Người dùng hiện tại',
    response: meDto,
    handler: (_i, ctx) => auth.me(d, ctx),
  });
  route(app, {
    method: 'POST',
    url: '/api/auth/logout',
    access: 'authenticated',
    duringPasswordChange: true,
    tags: ['auth'],
    summary: 'Đăng xuất',
    handler: async (_i, ctx, reply) => {
      await auth.logout(d, ctx);
      reply.clearCookie(auth.SESSION_COOKIE, { path: '/' });
    },
  });
  route(app, {
    method: 'POST',
    url: '/api/auth/password',
    access: 'authenticated',
    duringPasswordChange: true,
    tags: ['auth'],
    summary: 'Đổi mật khẩu',
    body: changePasswordInput,
    handler: ({ body }, ctx) => auth.changePassword(d, ctx, body.currentPassword, body.newPassword),
  });
}

/** User administration. */
function userRoutes(app: FastifyInstance, db: Db): void {
  const tags = ['users'];
  route(app, {
    method: 'GET',
    url: '/api/users',
    access: 'users.read',
    cache: true,
    reads: 'replica',
    tags,
    summary: 'Danh sách người dùng',
    querystring: userListQuery,
    response: pageOf(userDto),
    handler: ({ query }, ctx) => users.listUsers(ctx.readDb, ctx, query),
  });
  route(app, {
    method: 'GET',
    url: '/api/users/:id',
    access: 'users.read',
    tags,
    summary: 'Chi tiết người dùng',
    params: idParams,
    response: userDto,
    handler: ({ params }, ctx) => users.getUser(db, ctx, params.id),
  });
  route(app, {
    method: 'POST',
    url: '/api/users',
    access: 'users.manage',
    tags,
    summary: 'Tạo người dùng',
    body: createUserInput,
    response: createdUserDto,
    handler: ({ body }, ctx) => users.createUser(db, ctx, body),
  });
  route(app, {
    method: 'PATCH',
    url: '/api/users/:id',
    access: 'users.manage',
    tags,
    summary: 'Sửa người dùng',
    params: idParams,
    body: updateUserInput,
    response: userDto,
    handler: ({ params, body }, ctx) => users.updateUser(db, ctx, params.id, body),
  });
  route(app, {
    method: 'POST',
    url: '/api/users/:id/reset-password',
    access: 'users.manage',
    tags,
    summary: 'Đặt lại mật khẩu',
    params: idParams,
    response: resetPasswordDto,
    status: 200,
    handler: ({ params }, ctx) => users.resetPassword(db, ctx, params.id),
  });
  route(app, {
    method: 'POST',
    url: '/api/users/:id/unlock',
    access: 'users.manage',
    tags,
    summary: 'Mở khoá tài khoản',
    params: idParams,
    response: userDto,
    status: 200,
    handler: ({ params }, ctx) => users.unlockUser(db, ctx, params.id),
  });
}
