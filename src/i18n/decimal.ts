/**
 * A number written as `Intl.NumberFormat` writes it in zh-CN and in en — thousands grouped with
 * ",", at most `maxDigits` decimals and at least `minDigits`, rounded half away from zero on the
 * number's shortest decimal form, "-" before a negative — times 10^`shift` (2 for a percent).
 * Written by hand because the runtime's number formats load its locale data on first use: some
 * 35 ms of a page's first render at full speed, four times that on a slow phone. A number that is
 * not finite is left to `Intl` (tests/node/decimal.test.ts checks both against it).
 */
export function decimal(value: number, maxDigits: number, minDigits = 0, shift = 0): string {
  if (!Number.isFinite(value)) return new Intl.NumberFormat('en', { maximumFractionDigits: maxDigits }).format(value);
  const negative = value < 0 || Object.is(value, -0);
  // A whole number, as most of a report's are: its digits as they are.
  if (shift === 0 && Number.isInteger(value) && Math.abs(value) < 1e21)
    return `${negative ? '-' : ''}${grouped(String(Math.abs(value)))}${minDigits ? `.${'0'.repeat(minDigits)}` : ''}`;
  const [digits, point] = decimalDigits(Math.abs(value), shift);
  // The digits kept, rounded on the first one dropped; `point` counts the digits before the decimal point.
  const kept = point + maxDigits;
  // Below the last decimal's half: zero.
  if (kept < 0) return `${negative ? '-' : ''}0${minDigits ? `.${'0'.repeat(minDigits)}` : ''}`;
  let whole = digits.slice(0, kept).padEnd(kept, '0');
  let wholePoint = point;
  if (digits.length > kept && digits[kept] >= '5') {
    whole = roundUp(whole);
    if (whole.length > kept) wholePoint++;
  }
  const integer = wholePoint > 0 ? whole.slice(0, wholePoint) : '0';
  let fraction = wholePoint >= 0 ? whole.slice(wholePoint) : '0'.repeat(-wholePoint) + whole;
  fraction = fraction.slice(0, maxDigits).replace(/0+$/, '').padEnd(minDigits, '0');
  return `${negative ? '-' : ''}${grouped(integer)}${fraction ? `.${fraction}` : ''}`;
}

/** The significant digits of `value` ≥ 0 in its shortest form, and where the decimal point falls among them after shifting it `shift` places right. */
function decimalDigits(value: number, shift: number): [string, number] {
  const [mantissa, exponent = '0'] = value.toExponential().split('e');
  const digits = mantissa.replace('.', '');
  return [digits, 1 + Number(exponent) + shift];
}

/** A string of digits plus one in its last place: "0999" → "1000", "99" → "100". */
function roundUp(digits: string): string {
  const chars = [...digits];
  for (let i = chars.length - 1; i >= 0; i--) {
    if (chars[i] !== '9') {
      chars[i] = String(Number(chars[i]) + 1);
      return chars.join('');
    }
    chars[i] = '0';
  }
  return `1${chars.join('')}`;
}

/** "1234567" → "1,234,567"; leading zeros dropped. */
function grouped(integer: string): string {
  const trimmed = integer.replace(/^0+(?=\d)/, '');
  return trimmed.replace(/\B(?=(\d{3})+$)/g, ',');
}
