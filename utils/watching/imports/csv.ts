/**
 * RFC 4180 CSV reading with line numbers: quoted fields may hold commas, doubled quotes and
 * newlines. A record whose quote never closes is reported with the line it started on, which is
 * what a truncated download looks like.
 */
export interface CsvRecord {
  /** 1-based line on which the record starts. */
  line: number;
  fields: string[];
}

export interface CsvReadResult {
  records: CsvRecord[];
  /** Set when the text ends inside a quoted field. */
  unterminatedAt: number | null;
}

export function readCsv(text: string, maxRecords = Infinity): CsvReadResult {
  const records: CsvRecord[] = [];
  let input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (input.endsWith('\n')) input = input.replace(/\r?\n$/, '');
  let line = 1;
  let i = 0;
  const n = input.length;
  while (i <= n && records.length < maxRecords) {
    const startLine = line;
    const fields: string[] = [];
    let field = '';
    let quoted = false;
    let inQuotes = false;
    let ended = false;
    while (i < n) {
      const ch = input[i]!;
      if (inQuotes) {
        if (ch === '"') {
          if (input[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          inQuotes = false;
          i++;
          continue;
        }
        if (ch === '\n') line++;
        field += ch;
        i++;
        continue;
      }
      if (ch === '"' && field === '' && !quoted) {
        inQuotes = true;
        quoted = true;
        i++;
        continue;
      }
      if (ch === ',') {
        fields.push(field);
        field = '';
        quoted = false;
        i++;
        continue;
      }
      if (ch === '\r' && input[i + 1] === '\n') {
        i++;
        continue;
      }
      if (ch === '\n') {
        line++;
        i++;
        ended = true;
        break;
      }
      field += ch;
      i++;
    }
    if (inQuotes) return { records, unterminatedAt: startLine };
    fields.push(field);
    records.push({ line: startLine, fields });
    if (!ended) break;
  }
  return { records, unterminatedAt: null };
}

/** Lower-cased, trimmed header names, so lookups ignore case and stray spaces. */
export function headerIndex(header: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    const key = name.trim().toLowerCase();
    if (!index.has(key)) index.set(key, i);
  });
  return index;
}

/** The first of `names` present in the header, as a column index. */
export function findColumn(index: Map<string, number>, names: readonly string[]): number | undefined {
  for (const name of names) {
    const at = index.get(name);
    if (at !== undefined) return at;
  }
  return undefined;
}

export function isBlankRecord(record: CsvRecord): boolean {
  return record.fields.every((f) => f.trim() === '');
}
