import type { AggregatedIndicatorDto } from '@vte/contracts';
import { describe, expect, it } from 'vitest';
import { aggregatedIndicatorBlocks } from './report-blocks';

// Issue 9 item 7 in the Word file: the target column reads attainment the indicator's way round.
describe('indicator direction in the consolidated report file', () => {
  it('the consolidated report file reads a ceiling the right way round', () => {
    const row = (
      code: string,
      direction: AggregatedIndicatorDto['direction'],
      total: number,
      target: number,
    ) =>
      ({
        indicatorId: code,
        code,
        name: code,
        unit: '%',
        aggregation: 'ratio',
        direction,
        cells: [],
        total,
        previous: null,
        target,
        missing: [],
      }) satisfies AggregatedIndicatorDto;
    const [table] = aggregatedIndicatorBlocks([
      row('DP.0205', 'lower', 10, 17),
      row('DP.0204', 'lower', 10.6, 9),
      row('DP.0303', 'higher', 45, 90),
    ]);
    const targets = (table as { rows: string[][] }).rows.map((r) => r[5]);
    expect(targets[0]).toMatch(/đạt \(không vượt ngưỡng\)/);
    expect(targets[0]).not.toMatch(/59/);
    expect(targets[1]).toMatch(/vượt ngưỡng 18 %/);
    expect(targets[2]).toMatch(/đạt 50 % chỉ tiêu/);
  });
});
