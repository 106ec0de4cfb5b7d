import type { FastifyInstance } from 'fastify';
import {
  calendarDayDto,
  calendarDayParams,
  calendarYearDto,
  calendarYearQuery,
  putCalendarDayInput,
} from '@vte/contracts';
import type { Db } from '../../platform/db/pool';
import { route } from '../../platform/http/route';
import { calendarYear, deleteCalendarDay, putCalendarDay } from './calendar.service';

const tags = ['org'];

/** The national working calendar: holidays and make-up days (docs/working-calendar.md). */
export function calendarRoutes(app: FastifyInstance, db: Db): void {
  route(app, {
    method: 'GET',
    url: '/api/calendar',
    access: 'org.read',
    tags,
    summary: 'Lịch ngày nghỉ lễ, Tết và ngày làm bù của một năm',
    querystring: calendarYearQuery,
    response: calendarYearDto,
    handler: ({ query }) => calendarYear(db, query.year),
  });
  route(app, {
    method: 'PUT',
    url: '/api/calendar/days/:date',
    access: 'org.manage',
    tags,
    summary: 'Thêm hoặc sửa một ngày nghỉ, ngày làm bù',
    params: calendarDayParams,
    body: putCalendarDayInput,
    response: calendarDayDto,
    handler: ({ params, body }, ctx) => putCalendarDay(db, ctx, params.date, body),
  });
  route(app, {
    method: 'DELETE',
    url: '/api/calendar/days/:date',
    access: 'org.manage',
    tags,
    summary: 'Xoá một ngày khỏi lịch nghỉ, làm bù',
    params: calendarDayParams,
    handler: ({ params }, ctx) => deleteCalendarDay(db, ctx, params.date),
  });
}
