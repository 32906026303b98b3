/**
 * Compares two requirement-set versions part by part, as Office does: "1.13" comes after "1.9" (read as decimal
 * numbers, 1.13 < 1.9 would claim the opposite). Negative, zero or positive, as `Array.prototype.sort` wants.
 */
export function compareApiVersions(a: string, b: string): number {
  const left = a.split(".").map(Number);
  const right = b.split(".").map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The `Office` global of a host that supports ExcelApi up to `highest` ("1.12": 1.1 … 1.12, not 1.13). */
export function officeWithExcelApiUpTo(highest: string): {
  context: { requirements: { isSetSupported: (set: string, version: string) => boolean } };
} {
  return {
    context: {
      requirements: { isSetSupported: (_set: string, version: string) => compareApiVersions(version, highest) <= 0 },
    },
  };
}
