import { parseArgs } from 'node:util';
import { createUserInput, roleLabels, roles, weakPasswordHints, type Role } from '@vte/contracts/identity';
import { weakPasswordReason } from '../../apps/server/src/platform/auth/password-policy';
import { identityErrors } from '../../apps/server/src/modules/identity/identity.errors';

export const summary = 'Tạo tài khoản người dùng (ví dụ quản trị viên khi quên mật khẩu)';

const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function usage(): string {
  const roleLines = roles.map((r) => `    ${r.padEnd(17)} ${roleLabels[r]}`).join('\n');
  return `Cách dùng:
  npm run cli -- user:create --username <tên> --password <mật khẩu> --role <vai trò> [--full-name "Họ và tên"] [--unit <mã đơn vị>] [--agency <mã cơ quan>]

Tham số:
  --username   tên đăng nhập: 3–64 ký tự, chữ không dấu, số, dấu chấm, gạch dưới, gạch ngang
  --password   mật khẩu: tối thiểu 10 ký tự, khó đoán (không phổ biến, không dựa trên tên đăng nhập hay họ tên)
  --role       vai trò, một trong:
${roleLines}
  --full-name  họ và tên hiển thị (mặc định: tên đăng nhập)
  --unit       mã (UUID) đơn vị hành chính giới hạn phạm vi dữ liệu; bỏ trống = toàn quốc
               (danh sách đơn vị và mã: GET /api/org/units, hoặc trang quản trị)
  --agency     mã (UUID) cơ quan, đơn vị; bắt buộc với vai trò agency_reporter

Cơ sở dữ liệu: theo DATABASE_URL, nếu không thì CSDL nhúng trong DATA_DIR (mặc định ./data);
nếu ứng dụng đang chạy trên DATA_DIR đó, lệnh dùng chung máy chủ CSDL của ứng dụng.
Mật khẩu không được in ra; người dùng đăng nhập ngay bằng mật khẩu đã đặt.
`;
}

const fail = (message: string): number => {
  process.stderr.write(`${message}\n`);
  return 2;
};

export async function run(args: string[]): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        username: { type: 'string' },
        password: { type: 'string' },
        role: { type: 'string' },
        'full-name': { type: 'string' },
        unit: { type: 'string' },
        agency: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (e) {
    return fail(`Tham số không hợp lệ: ${(e as Error).message}\n\n${usage()}`);
  }
  if (values.help) {
    process.stdout.write(usage());
    return 0;
  }
  const str = (k: string) => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  const [rawUsername, password, role] = [str('username'), str('password'), str('role')];
  if (!rawUsername || !password || !role) {
    return fail(`Thiếu --username, --password hoặc --role.\n\n${usage()}`);
  }
  if (!(roles as readonly string[]).includes(role)) {
    return fail(
      `Vai trò "${role}" không hợp lệ. Các vai trò:\n${roles.map((r) => `  ${r} — ${roleLabels[r]}`).join('\n')}`,
    );
  }
  const username = createUserInput.shape.username.safeParse(rawUsername);
  if (!username.success) {
    return fail(
      'Tên đăng nhập không hợp lệ: cần 3–64 ký tự gồm chữ không dấu, số, dấu chấm, gạch dưới, gạch ngang.',
    );
  }
  const fullName = str('full-name')?.trim() || undefined;
  if (fullName && fullName.length > 120) return fail('Họ và tên dài quá 120 ký tự.');
  // Checks that need no database come first: a mistake is reported at once, nothing is started.
  const weak = await weakPasswordReason(password, [username.data, fullName]);
  if (weak) return fail(`${identityErrors.AUTH_WEAK_PASSWORD.message} ${weakPasswordHints[weak]}`);
  const unitId = str('unit');
  const agencyId = str('agency');
  if (unitId && !uuidRe.test(unitId)) return fail(`Mã đơn vị "${unitId}" không hợp lệ (cần dạng UUID).`);
  if (agencyId && !uuidRe.test(agencyId)) {
    return fail(`Mã cơ quan "${agencyId}" không hợp lệ (cần dạng UUID).`);
  }

  if (role === 'agency_reporter' && !agencyId) return fail(identityErrors.USER_AGENCY_REQUIRED.message);

  // Loaded only now: a usage error or --help answers at once, without the app's module graph.
  const { loadConfig } = await import('../../apps/server/src/config');
  const { openOperatorDatabase, operatorMessage } =
    await import('../../apps/server/src/platform/db/operator');
  const { AppError } = await import('../../apps/server/src/platform/http/app-error');
  const { registerErrors } = await import('../../apps/server/src/platform/http/errors');
  const { createUserDirect } = await import('../../apps/server/src/modules/identity');
  const { getAgency, getUnit, seedOrg, unitFullName } = await import('../../apps/server/src/modules/org');
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    return fail((e as Error).message);
  }
  registerErrors(identityErrors);
  const say = (m: string) => process.stdout.write(`${m}\n`);
  try {
    const database = await openOperatorDatabase(config, say, { migrate: true, attach: true });
    try {
      const db = database.db;
      await db.transaction((tx) => seedOrg(tx));
      const unit = unitId ? await getUnit(db, unitId) : undefined;
      if (unitId && !unit) return fail(`Không tìm thấy đơn vị hành chính có mã ${unitId}.`);
      const agency = agencyId ? await getAgency(db, agencyId) : undefined;
      if (agencyId && !agency) return fail(`Không tìm thấy cơ quan, đơn vị có mã ${agencyId}.`);
      if (unit && agency && agency.provinceId !== unit.provinceId) {
        throw new AppError('USER_AGENCY_OUTSIDE_SCOPE');
      }

      const input = {
        username: username.data,
        password,
        role: role as Role,
        fullName,
        scopeUnitId: unitId ?? null,
        agencyId: agencyId ?? null,
      };
      // createUserDirect writes the account and its audit row; one transaction keeps them together
      // (docs/architecture.md §5.10). It only runs queries on the handle it is given, so a transaction fits.
      const userId = await db.transaction((tx) => createUserDirect(tx, input));
      say(`Đã tạo tài khoản "${username.data}" (mã ${userId}).`);
      say(`  Vai trò:   ${roleLabels[role as Role]} (${role})`);
      say(`  Phạm vi:   ${unit ? unitFullName(unit) : 'toàn quốc'}`);
      if (agency) say(`  Cơ quan:   ${agency.name}`);
      say('Người dùng đăng nhập ngay bằng mật khẩu đã đặt (mật khẩu không được in ra).');
      return 0;
    } finally {
      await database.close();
    }
  } catch (e) {
    const message = operatorMessage(e);
    if (message) return fail(message);
    throw e;
  }
}
