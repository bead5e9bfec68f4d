// axe-core in a real page: the serious and critical accessibility violations, each printed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from './catalog';

const AXE_PATH = join(REPO_ROOT, 'node_modules/axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  // addScriptTag inserts an inline <script>, which the extension page's CSP (script-src 'self') refuses;
  // evaluating the source through the debugger protocol is not subject to the page's CSP.
  await page.evaluate(readFileSync(AXE_PATH, 'utf8'));
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[]; passes: unknown[] }> } };
    const results = await axe.run();
    if (results.passes.length === 0) throw new Error('axe checked nothing');
    return results.violations;
  });
  for (const v of violations) {
    console.log(`axe ${v.impact ?? 'unknown'}: ${v.id} — ${v.help}`);
    for (const node of v.nodes) console.log(`  ${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`);
  }
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
