// Page object for the draft editor (/messages/:id).
import type { Page } from 'playwright-core';

export class MessageEditor {
  constructor(readonly page: Page) {}

  readonly body = () => this.page.locator('#m-body');

  /** The score the page shows, from its status line ("Score 92 of 100…"). */
  async score(): Promise<number> {
    const text = (await this.page.locator('#draft-status').textContent()) ?? '';
    const m = /Score (\d+) of 100/.exec(text);
    if (!m) throw new Error(`no score in "${text}"`);
    return Number(m[1]);
  }

  /** The ids of the checks the report lists, in order: which checklist the draft is scored on. */
  async checkIds(): Promise<string[]> {
    return this.page
      .locator('li.check[data-check]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-check') ?? ''));
  }

  async heading(): Promise<string> {
    return ((await this.page.locator('h1').textContent()) ?? '').replace(/\s+/g, ' ').trim();
  }

  /** Types at the end of the body, waits for the live score, then saves. */
  async appendAndSave(text: string): Promise<void> {
    await this.body().focus();
    await this.page.keyboard.press('Control+End');
    const scored = this.page.waitForResponse((r) => r.url().endsWith('/check') && r.request().method() === 'POST');
    await this.page.keyboard.type(text);
    await scored;
    await Promise.all([this.page.waitForURL(/updated=saved/), this.page.getByRole('button', { name: 'Save' }).click()]);
  }
}
