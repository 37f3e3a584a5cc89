// Page object for the dashboard.
import type { Page } from 'playwright-core';
import { tabTo } from './keyboard.js';

export class DashboardPage {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/`);
  }

  /** Reaches the dashboard from any page through the main navigation, by keyboard. */
  async openFromNavigation(): Promise<void> {
    const link = this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' });
    await tabTo(this.page, link);
    await Promise.all([this.page.waitForURL(`${this.baseUrl}/`), this.page.keyboard.press('Enter')]);
  }

  /** The text of the card of one opportunity, found by its heading. */
  async opportunityText(company: string): Promise<string> {
    const card = this.page.locator('section.card', {
      has: this.page.getByRole('heading', { level: 3, name: company }),
    });
    return ((await card.textContent()) ?? '').replace(/\s+/g, ' ');
  }

  /** Starts adding an interview by keyboard from the dashboard's button. */
  async startAddingInterview(): Promise<void> {
    const link = this.page.getByRole('main').getByRole('link', { name: 'Add an interview' }).first();
    await tabTo(this.page, link);
    await Promise.all([this.page.waitForURL(/\/interviews\/new$/), this.page.keyboard.press('Enter')]);
  }
}

/** The "Due" section of the dashboard. */
export class DueList {
  constructor(readonly page: Page) {}

  /** Each due item, most urgent first, as one line of text. */
  async items(): Promise<string[]> {
    return (await this.page.locator('section.due li.due-item').allInnerTexts()).map((s) =>
      s.replace(/\s+/g, ' ').trim(),
    );
  }

  /** Presses an item's button (Done, Skip, Snooze) with the keyboard; resolves back on the dashboard. */
  async press(button: 'Done' | 'Skip' | 'Snooze', itemTitle: string): Promise<void> {
    const item = this.page.locator('section.due li.due-item', {
      has: this.page.getByRole('heading', { level: 3, name: itemTitle }),
    });
    const target = item.getByRole('button', { name: new RegExp(`^${button}\\b`) });
    await tabTo(this.page, target);
    await Promise.all([this.page.waitForURL(/\/\?updated=/), this.page.keyboard.press('Enter')]);
  }
}
