/**
 * One visit of a page in a NEW tab (a new renderer process, whose CDP Performance counters start at zero): the
 * main-thread counters after load + settle are that visit's alone. (Reading them before and after a reload subtracts
 * two different processes' counters when the reload switches process.)
 */
import type { BrowserContext } from '@playwright/test';

export interface VisitCost {
  /** CDP `TaskDuration`: every main-thread task, ms. */
  taskMs: number;
  /** CDP `ScriptDuration`: main-thread script, ms. */
  scriptMs: number;
}

export async function visitCost(context: BrowserContext, url: string, settleMs: number): Promise<VisitCost> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(settleMs);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  await cdp.detach();
  await page.close();
  return { taskMs: get('TaskDuration'), scriptMs: get('ScriptDuration') };
}
