import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyDto, auditEntryDto, groupDto, pageOf, unitDetailDto, unitDto } from '@vte/contracts';
import { LY_SON } from '.';
import { createTestApp, type Session, type TestApp } from '../../test/harness';

let t: TestApp;
let admin: Session;
let focal: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.userSession('admin', { scopeUnitId: null });
  focal = await t.userSession('focal_officer', { scopeUnitId: LY_SON.districtId });
});
afterAll(() => t.close());

describe('administrative units over time', () => {
  it('shows Lý Sơn as a district before 1/7/2025 and as a special zone after', async () => {
    const units = unitDto.array();
    const before = await t.get('/api/org/units?at=2025-06-30&q=Lý Sơn', units, { session: focal });
    expect(before.body.map((u) => u.fullName)).toEqual(['Huyện Lý Sơn']);
    const after = await t.get('/api/org/units?at=2025-07-01&q=ly son', units, { session: focal });
    expect(after.body.map((u) => u.fullName)).toEqual(['Đặc khu Lý Sơn']);
    // The old communes are history, still readable.
    const y2019 = await t.get('/api/org/units?at=2019-06-01&type=xa', units, { session: focal });
    expect(y2019.body.map((u) => u.name).sort()).toEqual(['An Bình', 'An Hải', 'An Vĩnh']);
  });

  it('records the succession with its legal basis in both directions', async () => {
    const d = await t.get(`/api/org/units/${LY_SON.districtId}`, unitDetailDto, { session: focal });
    expect(d.body.successors).toHaveLength(1);
    expect(d.body.successors[0]).toMatchObject({
      kind: 'change_type',
      effectiveDate: '2025-07-01',
      toUnitId: LY_SON.specialZoneId,
    });
    expect(d.body.successors[0]!.legalBasis).toMatch(/1677\/NQ-UBTVQH15/);
    expect(d.body.predecessors.map((p) => p.fromUnitName).sort()).toEqual(['An Bình', 'An Hải', 'An Vĩnh']);
  });

  it('lets a national administrator add a district and a succession, audited', async () => {
    const u = await t.post('/api/org/units', unitDto, {
      session: admin,
      body: {
        name: 'Bình Sơn',
        type: 'huyen',
        parentId: LY_SON.provinceId,
        validFrom: '1989-07-01',
        validTo: '2025-06-30',
        code: '524',
      },
    });
    expect(u.status).toBe(201);
    expect(u.body.provinceId).toBe(LY_SON.provinceId);
    const bad = await t.refused('POST', '/api/org/units', {
      session: admin,
      body: {
        name: 'Sai',
        type: 'xa',
        parentId: LY_SON.provinceId,
        validFrom: '2025-07-01',
        validTo: '2025-01-01',
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('UNIT_DATES_INVALID');
    const s = await t.refused('POST', '/api/org/successions', {
      session: admin,
      body: {
        fromUnitId: u.body.id,
        toUnitId: u.body.id,
        kind: 'rename',
        effectiveDate: '2025-07-01',
        legalBasis: 'x',
      },
    });
    expect(s.status).toBe(400);
    const audit = await t.get(`/api/audit?entity=admin_unit&entityId=${u.body.id}`, pageOf(auditEntryDto), {
      session: admin,
    });
    expect(audit.body.items[0]!.after).toMatchObject({ name: 'Bình Sơn' });
  });
});

describe('agencies and groups', () => {
  it('finds agencies by official name, short name or alias, accent-insensitively', async () => {
    for (const q of ['Giáo dục và Đào tạo', 'GD&ĐT', 'giao duc']) {
      const r = await t.get(`/api/org/agencies?q=${encodeURIComponent(q)}`, pageOf(agencyDto), {
        session: focal,
      });
      expect(r.body.items.map((a) => a.name)).toContain('Phòng Giáo dục và Đào tạo');
    }
  });

  it('knows the successor of a district office after 1/7/2025', async () => {
    const r = await t.get(`/api/org/agencies/${LY_SON.agency('noi-vu')}`, agencyDto, { session: focal });
    expect(r.body).toMatchObject({ validTo: '2025-06-30', successorName: 'Phòng Văn hóa – Xã hội' });
    const valid = await t.get(
      `/api/org/agencies?unitId=${LY_SON.districtId}&at=2025-05-10&pageSize=100`,
      pageOf(agencyDto),
      { session: focal },
    );
    expect(valid.body.total).toBeGreaterThanOrEqual(18);
  });

  it('keeps the named groups the plan uses, with their members', async () => {
    const groups = await t.get(`/api/org/groups?unitId=${LY_SON.districtId}`, groupDto.array(), {
      session: focal,
    });
    const hoi = groups.body.find((g) => g.name === 'Các Hội, đoàn thể huyện');
    expect(hoi?.aliases).toContain('Hội, đoàn thể huyện');
    expect(hoi?.members.map((m) => m.name)).toContain('Huyện đoàn Lý Sơn');
    const pb = groups.body.find((g) => g.aliases.includes('Các phòng, ban, ngành'));
    expect(pb?.members.map((m) => m.name)).toContain('Phòng Giáo dục và Đào tạo');
  });

  it('creates and edits an agency and a group; omitted fields stay as they were', async () => {
    const a = await t.post('/api/org/agencies', agencyDto, {
      session: admin,
      body: {
        unitId: LY_SON.districtId,
        name: 'Hội Chữ thập đỏ huyện Lý Sơn',
        aliases: ['Hội CTĐ huyện'],
        kind: 'mass_organisation',
        validFrom: '2025-01-01',
      },
    });
    expect(a.status).toBe(201);
    const e = await t.patch(`/api/org/agencies/${a.body.id}`, agencyDto, {
      session: admin,
      body: { phone: '0255 3000 000' },
    });
    expect(e.body.aliases).toEqual(['Hội CTĐ huyện']);
    expect(e.body.phone).toBe('0255 3000 000');
    const dup = await t.refused('POST', '/api/org/agencies', {
      session: admin,
      body: {
        unitId: LY_SON.districtId,
        name: 'Hội Chữ thập đỏ huyện Lý Sơn',
        kind: 'mass_organisation',
        validFrom: '2025-01-01',
      },
    });
    expect(dup.status).toBe(409);
    const g = await t.post('/api/org/groups', groupDto, {
      session: admin,
      body: { unitId: LY_SON.districtId, name: 'Các hội nhân đạo', memberIds: [a.body.id] },
    });
    expect(g.status).toBe(201);
    expect(g.body.members).toEqual([{ id: a.body.id, name: 'Hội Chữ thập đỏ huyện Lý Sơn' }]);
    const g2 = await t.patch(`/api/org/groups/${g.body.id}`, groupDto, {
      session: admin,
      body: { description: 'Nhóm thử' },
    });
    expect(g2.body.members).toHaveLength(1);
  });

  it('refuses writes by roles without org.manage', async () => {
    const r = await t.refused('POST', '/api/org/agencies', {
      session: focal,
      body: { unitId: LY_SON.districtId, name: 'X', kind: 'other', validFrom: '2025-01-01' },
    });
    expect(r.status).toBe(403);
    expect(r.body.error.message).toMatch(/không có quyền/);
  });
});

describe('Vietnamese ordering', () => {
  it('the stored sort key orders like the ICU vi-VN collation (letters, vowel marks, tones)', async () => {
    const names = [
      'An',
      'Ánh',
      'Ăn',
      'Ân',
      'Âu',
      'Bình',
      'Dũng',
      'Duy',
      'Dương',
      'Đào',
      'Đức',
      'Ô',
      'Ốc',
      'Ông',
      'Ơi',
      'Uyên',
      'Ư',
      'Yến',
      'Hoà',
      'Hòa',
      'Hóa',
      'Hoá',
      'Hỏa',
      'Hạ',
      'Hà',
      'Ha',
      'Hả',
      'Hã',
      'Há',
      'Đặng',
      'Đăng',
      'Đẳng',
      'Đậu',
      'Đầu',
      'Hợp',
      'Hộp',
      'Hệ',
      'Hế',
      'Xã 1',
      'Xã 10',
      'Xã 2',
      'Phạm Văn Giáo',
      'Phan Văn Giao',
      'Ủy ban',
      'Uỷ ban',
    ];
    const order = async (by: string) =>
      (
        await t.pool.query<{ x: string }>(`select x from unnest($1::text[]) x order by ${by}`, [names])
      ).rows.map((r) => r.x);
    expect(await order('vte_vi_sort_key(x) collate "C"')).toEqual(await order('x collate "vi-VN-x-icu"'));
  });

  it('lists agencies in Vietnamese order', async () => {
    const r = await t.get(`/api/org/agencies?unitId=${LY_SON.districtId}&pageSize=100`, pageOf(agencyDto), {
      session: focal,
    });
    const names = r.body.items.map((a) => a.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('vi').compare));
    expect(names.indexOf('Đồn Công an Lý Sơn')).toBeGreaterThan(
      names.findLastIndex((n) => n.startsWith('D') && !n.startsWith('Đ')),
    );
  });
});
