// What every screen of the panel must never show, checked over the page's visible text: English UI
// text (an untranslated label, a react-admin key, "undefined"), raw JSON, or a bare document id.
// Text inside <code> (hashes) is left out; data that is English by nature (login names, codes such
// as 321323102-P001-GB) is removed before the check.
import type { Page } from 'playwright-core';

export interface Problems {
  english: string[];
  json: string[];
  documentIds: string[];
}

/** Words of Latin letters that may appear as data rather than UI text (file types in file names too), and
 * abbreviations Chinese screens use as they are (sizes; APP as in the event source 一体化APP). */
const ALLOWED_WORDS = new Set(['MB', 'KB', 'IP', 'PDF', 'SHA', 'APP', 'png', 'jpg', 'jpeg', 'gif', 'webp', 'pdf', 'doc', 'docx', 'xls', 'xlsx']);

/** The visible text of the main screen (app bar and menu included), without <code> and hidden nodes. */
export async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || el.closest('code, script, style, noscript, [aria-hidden="true"]')) continue;
      if (!node.textContent?.trim()) continue;
      const visible = (el as any).checkVisibility ? (el as any).checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) : el.getClientRects().length > 0;
      if (!visible) continue;
      out.push(node.textContent);
    }
    return out.join('\n');
  });
}

export function findProblems(text: string, dataWords: string[] = []): Problems {
  let t = text;
  for (const w of dataWords) t = t.split(w).join(' ');
  // Codes: capitals and digits joined by hyphens, with a digit somewhere (grid, organisation and
  // member codes; 办件 BJ-321323102-20260105-00001 and 事项 SP-001 codes too).
  t = t.replace(/\b[0-9A-Z]+(?:-[0-9A-Z]+)+\b/g, (m) => (/\d/.test(m) ? ' ' : m));
  const english = [...new Set((t.match(/(?<![A-Za-z0-9_])[A-Za-z]{2,}(?![A-Za-z0-9_])/g) ?? []).filter((w) => !ALLOWED_WORDS.has(w)))];
  const json = [...new Set(t.match(/[{[]\s*"[^"\n]{1,40}"\s*:|"[A-Za-z_]\w*"\s*:\s*["{[\d]/g) ?? [])];
  const documentIds = [...new Set((t.match(/(?<![A-Za-z0-9])[a-z][a-z0-9]{23}(?![A-Za-z0-9])/g) ?? []).filter((w) => /\d/.test(w)))];
  return { english, json, documentIds };
}

export const noProblems = (p: Problems) => !p.english.length && !p.json.length && !p.documentIds.length;

/** Waits until nothing is loading and the text has stopped changing (polls, no fixed sleep); false on timeout. */
export async function settle(page: Page, timeout = 20_000): Promise<boolean> {
  const started = Date.now();
  let last = '';
  let stable = 0;
  while (Date.now() - started < timeout) {
    const busy = await page.locator('.MuiLinearProgress-indeterminate:visible, .MuiLinearProgress-query:visible, .MuiSkeleton-root:visible, .MuiCircularProgress-indeterminate:visible').count();
    const text = busy ? '' : await page.evaluate(() => document.body.innerText);
    if (!busy && text === last && text.length > 0) {
      if (++stable >= 2) return true;
    } else {
      stable = 0;
    }
    last = text;
    await page.waitForTimeout(120);
  }
  return false;
}
