import type {
  AggregationType,
  CreateIndicatorInput,
  IndicatorDirection,
  Dimension,
  IndicatorDto,
  UpdateIndicatorInput,
} from '@vte/contracts';
import type { AuthedContext } from '../../platform/auth/context';
import type { Db } from '../../platform/db/pool';
import { AppError } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { checkDefinition } from './definition';
import * as repo from './indicators.repo';
import type { IndicatorDef } from './validate';

export function toIndicatorDto(r: repo.IndicatorRow): IndicatorDto {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    group: r.group,
    unit: r.unit,
    aggregation: r.aggregation as AggregationType,
    direction: r.direction as IndicatorDirection,
    dimensions: r.dimensions as Dimension[],
    partOfCode: r.partOfCode,
    numeratorCode: r.numeratorCode,
    denominatorCode: r.denominatorCode,
    factor: r.factor,
    min: r.min,
    max: r.max,
    definition: r.definition,
    source: r.source,
    leadBody: r.leadBody,
    legalBasis: r.legalBasis,
    active: r.active,
  };
}

export function toDef(r: repo.IndicatorRow): IndicatorDef {
  return {
    id: r.id,
    code: r.code,
    aggregation: r.aggregation as AggregationType,
    dimensions: r.dimensions as Dimension[],
    partOfCode: r.partOfCode,
    numeratorCode: r.numeratorCode,
    denominatorCode: r.denominatorCode,
    factor: r.factor,
    min: r.min,
    max: r.max,
  };
}

export async function listIndicators(
  db: Db,
  q: { q?: string | undefined; includeInactive?: 'true' | 'false' | undefined },
): Promise<IndicatorDto[]> {
  const rows = await repo.listIndicators(db, {
    q: q.q || undefined,
    includeInactive: q.includeInactive === 'true',
  });
  return rows.map(toIndicatorDto);
}

export async function indicatorDetail(db: Db, id: string): Promise<IndicatorDto> {
  const r = await repo.getIndicator(db, id);
  if (!r) throw new AppError('INDICATOR_NOT_FOUND');
  return toIndicatorDto(r);
}

/** The definition rules against the rest of the catalogue, and — for an edit — the indicators that refer to it. */
function checkAgainst(
  catalogue: repo.IndicatorRow[],
  d: Parameters<typeof checkDefinition>[0],
  selfId: string | null,
): void {
  const others = catalogue.filter((r) => r.id !== selfId);
  const byCode = new Map(others.map((r) => [r.code, r.aggregation as AggregationType]));
  const issues = checkDefinition(d, (c) => byCode.get(c));
  if (d.aggregation === 'ratio') {
    const referrers = others.filter(
      (r) => r.partOfCode === d.code || r.numeratorCode === d.code || r.denominatorCode === d.code,
    );
    if (referrers.length)
      issues.push({
        path: 'body.aggregation',
        message: `Chỉ tiêu ${referrers.map((r) => r.code).join(', ')} đang dựa vào số liệu nhập của chỉ tiêu này, không thể chuyển thành tỷ lệ.`,
      });
  }
  if (issues.length) throw new AppError('VALIDATION', { issues });
}

const isUniqueViolation = (e: unknown) =>
  (e as { code?: string; cause?: { code?: string } }).code === '23505' ||
  (e as { cause?: { code?: string } }).cause?.code === '23505';

/** The catalogue is national: every locality reports against it, so only a national-scope user edits it. */
function requireNationalScope(ctx: AuthedContext): void {
  if (ctx.user.unitIds !== null) throw new AppError('INDICATOR_CATALOGUE_NATIONAL');
}

export async function createIndicator(
  db: Db,
  ctx: AuthedContext,
  input: CreateIndicatorInput,
): Promise<IndicatorDto> {
  requireNationalScope(ctx);
  return db.transaction(async (tx) => {
    const catalogue = await repo.listIndicators(tx, { includeInactive: true });
    if (catalogue.some((r) => r.code.toLowerCase() === input.code.toLowerCase()))
      throw new AppError('INDICATOR_CODE_TAKEN');
    checkAgainst(catalogue, input, null);
    const row = await repo
      .insertIndicators(
        tx,
        [
          {
            ...input,
            direction: input.direction ?? 'higher',
            partOfCode: input.partOfCode || null,
            numeratorCode: input.numeratorCode || null,
            denominatorCode: input.denominatorCode || null,
            factor: input.factor ?? null,
            min: input.min ?? null,
            max: input.max ?? null,
            definition: input.definition || null,
            source: input.source || null,
            leadBody: input.leadBody || null,
            legalBasis: input.legalBasis || null,
          },
        ],
        'fail',
      )
      .catch((e: unknown) => {
        throw isUniqueViolation(e) ? new AppError('INDICATOR_CODE_TAKEN') : e;
      });
    const dto = toIndicatorDto(row[0]!);
    await recordAudit(tx, ctx, { action: 'create', entity: 'indicator', entityId: dto.id, after: dto });
    return dto;
  });
}

const textFields = [
  'partOfCode',
  'numeratorCode',
  'denominatorCode',
  'definition',
  'source',
  'leadBody',
  'legalBasis',
] as const;

export async function updateIndicator(
  db: Db,
  ctx: AuthedContext,
  id: string,
  patch: UpdateIndicatorInput,
): Promise<IndicatorDto> {
  requireNationalScope(ctx);
  return db.transaction(async (tx) => {
    const row = await repo.getIndicator(tx, id);
    if (!row) throw new AppError('INDICATOR_NOT_FOUND');
    // undefined keeps a field, null (or an empty text) clears it.
    const changes: Partial<repo.IndicatorRow> = {};
    for (const [k, v] of Object.entries(patch) as [keyof UpdateIndicatorInput, unknown][]) {
      if (v === undefined) continue;
      (changes as Record<string, unknown>)[k] = (textFields as readonly string[]).includes(k) ? v || null : v;
    }
    const merged = { ...row, ...changes };
    checkAgainst(
      await repo.listIndicators(tx, { includeInactive: true }),
      {
        ...merged,
        dimensions: merged.dimensions as Dimension[],
        aggregation: merged.aggregation as AggregationType,
      },
      id,
    );
    const before = toIndicatorDto(row);
    const after = toIndicatorDto(await repo.updateIndicator(tx, id, changes));
    await recordAudit(tx, ctx, { action: 'update', entity: 'indicator', entityId: id, before, after });
    return after;
  });
}
