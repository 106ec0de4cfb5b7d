import { idBirthProvince, todayInVietnam, type ChildDto } from '@vte/contracts';
import type {
  ChildRow,
  CircumstanceRow,
  ConsentRow,
  GuardianRow,
  HouseholdRow,
  ResidenceRow,
  RiskRow,
  SubRecords,
} from './children.repo';
import { ageOn, recordIssues } from './record-checks';

// Rows to answers field by field (docs/architecture.md §5.9): a new column never leaks by default.

type UnitNames = ReadonlyMap<string, string>;
const unitRef = (id: string, names: UnitNames) => ({ id, name: names.get(id) ?? '' });
const stamps = (r: { createdAt: Date; updatedAt: Date }) => ({
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

export function residenceDto(r: ResidenceRow, names: UnitNames) {
  return {
    id: r.id,
    unit: unitRef(r.unitId, names),
    hamlet: r.hamlet,
    address: r.address,
    kind: r.kind,
    validFrom: r.validFrom,
    validTo: r.validTo,
    source: r.source,
  };
}

export function guardianDto(r: GuardianRow) {
  return {
    id: r.id,
    relation: r.relation,
    fullName: r.fullName,
    birthYear: r.birthYear,
    personalId: r.personalId,
    phone: r.phone,
    address: r.address,
    isPrimaryContact: r.isPrimaryContact,
    validFrom: r.validFrom,
    validTo: r.validTo,
    ...stamps(r),
  };
}

export function circumstanceDto(r: CircumstanceRow) {
  return {
    id: r.id,
    groupCode: r.groupCode,
    subtypeCode: r.subtypeCode,
    fromDate: r.fromDate,
    toDate: r.toDate,
    source: r.source,
    evidence: r.evidence,
    endReason: r.endReason,
    ...stamps(r),
  };
}

export function riskDto(r: RiskRow) {
  return {
    id: r.id,
    riskCode: r.riskCode,
    fromDate: r.fromDate,
    toDate: r.toDate,
    source: r.source,
    evidence: r.evidence,
    note: r.note,
    ...stamps(r),
  };
}

export function consentDto(r: ConsentRow) {
  return {
    id: r.id,
    purpose: r.purpose,
    representativeName: r.representativeName,
    representativeRelation: r.representativeRelation,
    givenByChild: r.givenByChild,
    method: r.method,
    givenOn: r.givenOn,
    withdrawnOn: r.withdrawnOn,
    evidence: r.evidence,
    ...stamps(r),
  };
}

function householdDto(h: HouseholdRow | undefined) {
  if (!h) return null;
  return {
    id: h.id,
    headName: h.headName,
    hamlet: h.hamlet,
    address: h.address,
    povertyStatus: h.povertyStatus,
    povertyYear: h.povertyYear,
  };
}

export function childDto(
  row: ChildRow,
  subs: SubRecords,
  household: HouseholdRow | undefined,
  names: UnitNames,
): ChildDto {
  const today = todayInVietnam();
  return {
    id: row.id,
    fullName: row.fullName,
    dob: row.dob,
    dobPrecision: row.dobPrecision,
    ageToday: ageOn(row.dob, today),
    sex: row.sex,
    ethnicityCode: row.ethnicityCode,
    nationality: row.nationality,
    personalId: row.personalId,
    personalIdKind: row.personalIdKind,
    idBirthProvince: idBirthProvince(row.personalId),
    idVerification: row.idVerification,
    unit: unitRef(row.unitId, names),
    hamlet: row.hamlet,
    address: row.address,
    household: householdDto(household),
    schooling: row.schooling,
    notes: row.notes,
    sourceRecordRef: row.sourceRecordRef,
    status: row.status,
    version: row.version,
    ...stamps(row),
    residences: subs.residences.map((r) => residenceDto(r, names)),
    guardians: subs.guardians.map(guardianDto),
    circumstances: subs.circumstances.map(circumstanceDto),
    risks: subs.risks.map(riskDto),
    consents: subs.consents.map(consentDto),
    issues: recordIssues(row, subs.guardians, today),
  };
}

// The audit log is append-only, so it must never hold what an erasure has to remove: personal
// text and sensitive values are recorded as changed ("***"), codes, units and dates as they are.
const MASKED = new Set([
  'fullName',
  'dob',
  'ethnicityCode',
  'personalId',
  'hamlet',
  'address',
  'notes',
  'sourceRecordRef',
  'representativeName',
  'phone',
  'birthYear',
  'evidence',
  'source',
  'note',
  'endReason',
]);
const AUDITED_OUT = new Set(['createdAt', 'updatedAt', 'createdBy', 'updatedBy', 'nameFolded', 'nameSort']);

/** A row (or a patch) as the audit log may keep it. */
export function auditView(row: object | undefined | null): Record<string, unknown> | null {
  if (!row) return null;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    if (v === undefined || AUDITED_OUT.has(k)) continue;
    out[k] = MASKED.has(k) && v !== null ? '***' : v;
  }
  return out;
}
