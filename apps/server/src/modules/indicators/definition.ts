import type { AggregationType, Dimension } from '@vte/contracts';
import type { Issue } from './validate';

export interface DefinitionShape {
  code: string;
  aggregation: AggregationType;
  dimensions: Dimension[];
  partOfCode?: string | null | undefined;
  numeratorCode?: string | null | undefined;
  denominatorCode?: string | null | undefined;
  factor?: number | null | undefined;
  min?: number | null | undefined;
  max?: number | null | undefined;
}

/**
 * Rules a definition must keep beyond its contract: references point at existing indicators of
 * the right kind, keys are unique, a ratio has a numerator and a denominator and nothing entered.
 * `aggregationOf` answers the aggregation of another code in the catalogue (undefined if absent).
 */
export function checkDefinition(
  d: DefinitionShape,
  aggregationOf: (code: string) => AggregationType | undefined,
): Issue[] {
  const issues: Issue[] = [];
  const issue = (path: string, message: string) => issues.push({ path: `body.${path}`, message });
  const dimKeys = new Set<string>();
  d.dimensions.forEach((dim, i) => {
    if (dimKeys.has(dim.key)) issue(`dimensions.${i}.key`, `Phân tổ “${dim.key}” bị trùng.`);
    dimKeys.add(dim.key);
    const optKeys = new Set<string>();
    dim.options.forEach((o, j) => {
      if (optKeys.has(o.key))
        issue(`dimensions.${i}.options.${j}.key`, `Nhóm “${o.key}” bị trùng trong phân tổ “${dim.label}”.`);
      optKeys.add(o.key);
    });
  });
  const ref = (field: 'partOfCode' | 'numeratorCode' | 'denominatorCode', label: string) => {
    const code = d[field];
    if (!code) return;
    const agg = code === d.code ? undefined : aggregationOf(code);
    if (agg === undefined) issue(field, `${label}: không có chỉ tiêu mã ${code} trong danh mục.`);
    else if (agg === 'ratio')
      issue(field, `${label}: chỉ tiêu ${code} là tỷ lệ, phải chọn chỉ tiêu được nhập số liệu.`);
  };
  if (d.aggregation === 'ratio') {
    if (!d.numeratorCode) issue('numeratorCode', 'Chỉ tiêu tỷ lệ cần có tử số.');
    if (!d.denominatorCode) issue('denominatorCode', 'Chỉ tiêu tỷ lệ cần có mẫu số.');
    ref('numeratorCode', 'Tử số');
    ref('denominatorCode', 'Mẫu số');
    if (d.partOfCode) issue('partOfCode', 'Chỉ tiêu tỷ lệ không là một phần của chỉ tiêu khác.');
    if (d.min != null || d.max != null)
      issue('min', 'Chỉ tiêu tỷ lệ được tính tự động, không đặt giới hạn nhập.');
  } else {
    if (d.numeratorCode || d.denominatorCode)
      issue('numeratorCode', 'Chỉ tiêu tỷ lệ mới có tử số và mẫu số.');
    if (d.factor != null) issue('factor', 'Hệ số chỉ dùng cho chỉ tiêu tỷ lệ.');
    ref('partOfCode', 'Là một phần của');
    if (d.min != null && d.max != null && d.min > d.max)
      issue('min', 'Giá trị nhỏ nhất không được lớn hơn giá trị lớn nhất.');
  }
  return issues;
}
