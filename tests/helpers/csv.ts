/**
 * The rows of a CSV file as RFC 4180 reads it (quoted fields, doubled quotes, CRLF line ends;
 * a line feed alone ends a line too), or an error where it breaks the rules: a quote inside an
 * unquoted field, anything but a comma or a line end after a closing quote, a quote left open.
 */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let closed = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') field += text[++i];
      else if (char === '"') [quoted, closed] = [false, true];
      else field += char;
      continue;
    }
    if (char === ',' || char === '\n' || (char === '\r' && text[i + 1] === '\n')) {
      if (char === '\r') i++;
      row.push(field);
      [field, closed] = ['', false];
      if (char !== ',') {
        rows.push(row);
        row = [];
      }
    } else if (closed) throw new Error(`CSV: ${JSON.stringify(char)} after a closing quote at ${i}`);
    else if (char === '"' && field === '') quoted = true;
    else if (char === '"') throw new Error(`CSV: a quote inside an unquoted field at ${i}`);
    else field += char;
  }
  if (quoted) throw new Error('CSV: a quoted field is never closed');
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}
