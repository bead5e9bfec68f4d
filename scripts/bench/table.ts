// The bench's one output: a table of measures, each with its goal where the issue sets one.

export interface Row {
  measure: string;
  value: string;
  goal: string;
  result: 'PASS' | 'MISS' | 'info';
}

export class Table {
  readonly rows: Row[] = [];

  /** A measure; with a goal it passes at or below it. */
  record(measure: string, value: number, unit: string, goal?: number): void {
    const digits = unit === '×' ? 2 : unit === 'kB' || (unit === 'ms' && value < 10) ? 1 : 0;
    const show = (n: number) => (unit === '×' ? `${n.toFixed(digits)}×` : `${n.toFixed(digits)} ${unit}`);
    this.rows.push({
      measure,
      value: Number.isFinite(value) ? show(value) : 'none',
      goal: goal === undefined ? '' : `≤ ${unit === '×' ? `${goal}×` : `${goal} ${unit}`}`,
      result: goal === undefined ? 'info' : value <= goal ? 'PASS' : 'MISS',
    });
  }

  /** A section heading inside the table. */
  section(title: string): void {
    this.rows.push({ measure: `**${title}**`, value: '', goal: '', result: 'info' });
  }

  print(): void {
    const header: Row = { measure: 'Measure', value: 'Value', goal: 'Goal', result: 'info' };
    const all = [header, ...this.rows];
    const width = (key: keyof Row) => Math.max(...all.map((r) => (key === 'result' ? 6 : r[key].length)));
    const line = (r: Row) =>
      `| ${r.measure.padEnd(width('measure'))} | ${r.value.padStart(width('value'))} | ${r.goal.padEnd(width('goal'))} | ${(r === header ? 'Result' : r.measure.startsWith('**') ? '' : r.result).padEnd(6)} |`;
    console.log(line(header));
    console.log(`|${'-'.repeat(width('measure') + 2)}|${'-'.repeat(width('value') + 2)}|${'-'.repeat(width('goal') + 2)}|--------|`);
    for (const r of this.rows) console.log(line(r));
  }
}
