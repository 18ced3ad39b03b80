// The suite's result: one row per check, printed as a table at the end.
export interface CheckRow {
  scenario: string;
  what: string;
  expected: string;
  observed: string;
  pass: boolean;
}

export const rows: CheckRow[] = [];

export function check(
  scenario: string,
  what: string,
  expected: string,
  observed: string | number,
  pass: boolean,
): boolean {
  rows.push({ scenario, what, expected, observed: String(observed), pass });
  process.stdout.write(
    `  ${pass ? "ok  " : "FAIL"} ${scenario}: ${what} — expected ${expected}, observed ${observed}\n`,
  );
  return pass;
}

/** A scenario that could not finish: the reason is a failed row, so the table still prints. */
export function aborted(scenario: string, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  check(scenario, "scenario ran to the end", "no error", message.split("\n")[0]!.slice(0, 160), false);
}

export function printTable(wallSeconds: number, mode: string): void {
  const header: CheckRow = {
    scenario: "scenario",
    what: "what was checked",
    expected: "expected",
    observed: "observed",
    pass: true,
  };
  const cells = (r: CheckRow, isHeader = false) => [
    r.scenario,
    r.what,
    r.expected,
    r.observed,
    isHeader ? "pass" : r.pass ? "yes" : "NO",
  ];
  const table = [cells(header, true), ...rows.map((r) => cells(r))];
  const widths = table[0]!.map((_, i) => Math.min(90, Math.max(...table.map((row) => row[i]!.length))));
  const line = (row: string[]) =>
    `| ${row.map((c, i) => (c.length > widths[i]! ? `${c.slice(0, widths[i]! - 1)}…` : c.padEnd(widths[i]!))).join(" | ")} |`;
  const out = [line(table[0]!), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...table.slice(1).map(line)];
  const failed = rows.filter((r) => !r.pass).length;
  out.push(
    "",
    `${mode} mode: ${rows.length} checks, ${failed} failed, wall time ${Math.floor(wallSeconds / 60)} min ${Math.round(wallSeconds % 60)} s`,
  );
  process.stdout.write(`\n${out.join("\n")}\n`);
}
