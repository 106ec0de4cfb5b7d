import crypto from 'node:crypto';
import pg from 'pg';

// A province plan at the scale of the issue: 100 communes × 30 agencies each, and a plan of 200
// tasks. Each task has a provincial lead, three provincial partners, and every fourth task also
// the group of all commune People's Committees (100 members). Roughly half the pairs have progress.

export interface PlanShape {
  provinceId: string;
  planId: string;
}

const id = () => crypto.randomUUID();

export async function seedProvincePlan(url: string): Promise<PlanShape> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query('begin');
    const provinceId = id();
    await c.query(
      `insert into admin_unit (id, name, type, province_id, valid_from) values ($1, 'Tỉnh Thử Nghiệm', 'tinh', $1, '2025-07-01')`,
      [provinceId],
    );
    const communes = Array.from({ length: 100 }, () => id());
    await c.query(
      `insert into admin_unit (id, name, type, parent_id, province_id, valid_from) select u, 'Xã ' || n, 'xa', $1, $1, '2025-07-01' from unnest($2::uuid[]) with ordinality as t(u, n)`,
      [provinceId, communes],
    );
    const provincial = Array.from({ length: 30 }, () => id());
    await c.query(
      `insert into agency (id, province_id, unit_id, name, kind, valid_from) select a, $1, $1, 'Sở ngành ' || n, 'provincial_department', '2025-07-01' from unnest($2::uuid[]) with ordinality as t(a, n)`,
      [provinceId, provincial],
    );
    // 30 agencies in every commune; the first of each is its People's Committee.
    const ubnd: string[] = [];
    for (const [i, commune] of communes.entries()) {
      const ids = Array.from({ length: 30 }, () => id());
      ubnd.push(ids[0]!);
      await c.query(
        `insert into agency (id, province_id, unit_id, name, kind, valid_from) select a, $1, $2, case when n = 1 then 'UBND xã ' || $3 else 'Cơ quan ' || n || ' xã ' || $3 end, case when n = 1 then 'ubnd' else 'other' end, '2025-07-01' from unnest($4::uuid[]) with ordinality as t(a, n)`,
        [provinceId, commune, i + 1, ids],
      );
    }
    const groupId = id();
    await c.query(
      `insert into agency_group (id, province_id, unit_id, name) values ($1, $2, $2, 'UBND các xã, phường')`,
      [groupId, provinceId],
    );
    await c.query(`insert into agency_group_member (group_id, agency_id) select $1, unnest($2::uuid[])`, [
      groupId,
      ubnd,
    ]);
    const planId = id();
    await c.query(
      `insert into plan (id, province_id, unit_id, issuer_name, year, title, status, reporting) values ($1, $2, $2, 'UBND tỉnh', 2025, 'Kế hoạch thử nghiệm 200 nhiệm vụ', 'issued', $3)`,
      [
        planId,
        provinceId,
        JSON.stringify([
          { period: '6 tháng đầu năm', due: '2025-05-10', dueRule: 'before' },
          { period: 'cả năm', due: '2025-11-10', dueRule: 'before' },
        ]),
      ],
    );
    for (let n = 1; n <= 200; n++) {
      const taskId = id();
      const dated = n % 3 === 0;
      await c.query(
        `insert into plan_task (id, province_id, plan_id, ord, number, content, timeframe_text, timeframe, due_date) values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          taskId,
          provinceId,
          planId,
          n,
          String(n),
          `Nhiệm vụ thử nghiệm số ${n}`,
          dated ? 'Quý II/2025' : 'Thường xuyên trong năm',
          JSON.stringify(
            dated
              ? { kind: 'quarters', year: 2025, quarters: [2], from: '2025-04-01', to: '2025-06-30' }
              : { kind: 'year-round', year: 2025 },
          ),
          dated ? '2025-06-30' : null,
        ],
      );
      const agencies = [
        provincial[n % 30]!,
        provincial[(n + 7) % 30]!,
        provincial[(n + 13) % 30]!,
        provincial[(n + 21) % 30]!,
      ];
      await c.query(
        `insert into task_assignment (province_id, task_id, role, ord, written_as, agency_id) select $1, $2, case when o = 1 then 'lead' else 'partner' end, o, 'x', a from unnest($3::uuid[]) with ordinality as t(a, o)`,
        [provinceId, taskId, agencies],
      );
      if (n % 4 === 0)
        await c.query(
          `insert into task_assignment (province_id, task_id, role, ord, written_as, group_id) values ($1, $2, 'partner', 9, 'UBND các xã, phường', $3)`,
          [provinceId, taskId, groupId],
        );
      const reporters =
        n % 4 === 0 ? [...agencies, ...ubnd.filter((_, i) => i % 2 === 0)] : agencies.slice(0, 2);
      await c.query(
        `insert into task_progress (province_id, task_id, agency_id, status, completed_on, period_due) select $1, $2, a, case when random() < 0.6 then 'done' else 'in_progress' end, ('2025-05-0' || (1 + floor(random() * 9))::int)::date, '2025-05-10' from unnest($3::uuid[]) a`,
        [provinceId, taskId, reporters],
      );
    }
    await c.query('commit');
    await c.query('analyze');
    return { provinceId, planId };
  } finally {
    await c.end();
  }
}
