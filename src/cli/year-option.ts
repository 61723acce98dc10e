/** A `--year` a dataset takes (four digits, 1949–2100, as the schema's years), or NaN. */
export function yearOf(value: string): number {
  const year = Number(value);
  return /^\d{4}$/.test(value) && year >= 1949 && year <= 2100 ? year : Number.NaN;
}
