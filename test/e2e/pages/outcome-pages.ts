// Page objects for issue 7: the outcome section of an interview page, the rejection form, the result
// page, and the contacts view.
import type { Page } from 'playwright-core';

const text = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

export class OutcomeFlow {
  constructor(readonly page: Page) {}

  /** Presses an outcome button (or opens its form) in the interview page's Outcome section. */
  async choose(label: string): Promise<void> {
    const section = this.page.locator('section.outcome');
    await section
      .getByRole('link', { name: label })
      .or(section.getByRole('button', { name: label }))
      .click();
  }

  async keepWarmChoices(): Promise<{ name: string; checked: boolean }[]> {
    const boxes = this.page.locator('input[name="keepWarm"]');
    const out = [];
    for (let i = 0; i < (await boxes.count()); i++) {
      const box = boxes.nth(i);
      const id = (await box.getAttribute('id')) ?? '';
      out.push({
        name: text(await this.page.locator(`label[for="${id}"]`).textContent()),
        checked: await box.isChecked(),
      });
    }
    return out;
  }

  async setEveryMonths(n: number): Promise<void> {
    await this.page.getByLabel(/every how many months/).fill(String(n));
  }

  async submit(name: RegExp): Promise<void> {
    await this.page.getByRole('button', { name }).click();
    await this.page.waitForLoadState();
  }

  /** The drafts offered on the result page, as their link text. */
  async drafts(): Promise<string[]> {
    return (await this.page.locator('ul.drafts a').allInnerTexts()).map(text);
  }

  async plannedNow(): Promise<string[]> {
    return (await this.page.locator('ul.planned-now > li').allInnerTexts()).map(text);
  }
}

export class ContactsPage {
  constructor(
    readonly page: Page,
    readonly base: string,
  ) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contacts' }).click();
    await this.page.waitForURL(`${this.base}/contacts`);
  }

  /** One person's card: name, last in touch, and the next thing due with its date. */
  async person(name: string): Promise<{ last: string; next: string; nextDate: string }> {
    const card = this.page.locator('li.contact', { has: this.page.getByRole('heading', { name }) });
    const dd = card.locator('dd');
    const date = card.locator('time.next-date');
    return {
      last: text(await dd.nth(1).textContent()),
      next: text(await dd.nth(2).textContent()),
      nextDate: (await date.count()) > 0 ? text(await date.textContent()) : '',
    };
  }
}
