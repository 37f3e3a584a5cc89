// Page object for a thank-you note editor and its report: on the interview page (one per
// interviewer, inside a disclosure) or on /check. Driven by the keyboard only.
import type { Page } from 'playwright-core';
import { retype, tabTo } from './keyboard.js';

const text = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

export class NoteEditor {
  /** `id` is the editor's id prefix: "note-n0" for the first interviewer, "check" on /check. */
  constructor(
    readonly page: Page,
    readonly id: string,
  ) {}

  get status() {
    return this.page.locator(`#${this.id}-status`);
  }

  get report() {
    return this.page.locator(`#${this.id}-report`);
  }

  private get textarea() {
    return this.page.locator(`#${this.id} textarea`);
  }

  /** Opens the disclosure whose summary reads `summary` with Tab and Enter. */
  async open(summary: string): Promise<void> {
    await tabTo(this.page, this.page.locator('summary', { hasText: summary }));
    await this.page.keyboard.press('Enter');
    await this.textarea.waitFor({ state: 'visible' });
  }

  /** Replaces the note by typing it, as a person does. */
  async typeNote(note: string): Promise<void> {
    await tabTo(this.page, this.textarea);
    await retype(this.page, note);
  }

  /** Types more at the end of the note. */
  async append(more: string): Promise<void> {
    await tabTo(this.page, this.textarea);
    await this.page.keyboard.press('ControlOrMeta+End');
    await this.page.keyboard.type(more);
  }

  /** Presses the Check button (a plain form post when JavaScript is off). */
  async pressCheck(): Promise<void> {
    await tabTo(this.page, this.page.locator(`#${this.id} button[type="submit"]`));
    // The next load event is the page the form post answered with.
    await Promise.all([this.page.waitForEvent('load'), this.page.keyboard.press('Enter')]);
  }

  /** The status line once it shows a score other than `previous`. */
  async statusOnceScored(previous = ''): Promise<string> {
    await this.page.waitForFunction(
      ([selector, before]) => {
        const t = (document.querySelector(selector as string)?.textContent ?? '').trim();
        return t.startsWith('Score') && t !== before;
      },
      [`#${this.id}-status`, previous],
    );
    return text(await this.status.textContent());
  }

  async score(): Promise<number> {
    const m = /Score (\d+) of 100/.exec(text(await this.status.textContent()));
    if (!m) throw new Error('no score shown');
    return Number(m[1]);
  }

  /** A check's mark, title and advice as read on the page. */
  async check(id: string): Promise<{ mark: string; advice: string }> {
    const item = this.report.locator(`li[data-check="${id}"]`);
    return {
      mark: text(await item.locator('.check-mark').textContent()),
      advice: text(
        await item
          .locator('.check-advice')
          .allTextContents()
          .then((a) => a.join(' ')),
      ),
    };
  }

  async highlighted(): Promise<string[]> {
    return (await this.report.locator('.check-note mark').allTextContents()).map(text);
  }
}
