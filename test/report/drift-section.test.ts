import { toMarkdown } from '../../src/report/blocks.js';
import { driftSection } from '../../src/report/drift-section.js';
import type { Report } from '../../src/model/report.js';

describe('the drift table', () => {
  const feature = (name: string, adjustedPValue: number) => ({
    feature: name,
    kind: 'numeric' as const,
    test: 'kolmogorov-smirnov' as const,
    method: 'exact' as const,
    statistic: 0.2,
    pValue: adjustedPValue,
    adjustedPValue,
    drifted: adjustedPValue <= 0.05,
    psi: 0.1,
    reference: { values: 400, missing: 0 },
    current: { values: 300, missing: 0 }
  });
  const drift = { alpha: 0.05, features: [feature('near', 0.0500004), feature('far', 0.2)], drifted_feature_share: 0, psi_max: 0.1 };

  test('an adjusted p that rounds to alpha but did not drift keeps the digits that say so', () => {
    const rows = toMarkdown(driftSection({ drift } as unknown as Report));
    expect(rows).toContain('| ✅ | near | KS (exact) | 0.2 | 0.05 | 0.0500004 | 0.1 |');
    expect(rows).toContain('| ✅ | far | KS (exact) | 0.2 | 0.2 | 0.2 | 0.1 |');
  });
});
