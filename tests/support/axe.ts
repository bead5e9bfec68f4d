// axe-core in an extension page or a web page: the serious and critical violations, each one logged.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Runs axe on the page (contrast included); throws if it checked nothing. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  // Not addScriptTag: an extension page's CSP (script-src 'self') refuses inline scripts, while
  // evaluating through the debugger protocol is exempt.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[]; passes: unknown[] }> } };
    const results = await axe.run();
    if (results.passes.length < 10) throw new Error(`axe checked almost nothing (${results.passes.length} rules passed)`);
    return results.violations;
  });
  for (const v of violations) {
    console.log(`axe ${v.impact ?? 'unknown'}: ${v.id} — ${v.help}`);
    for (const node of v.nodes) console.log(`  ${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`);
  }
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
