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
      has: this.page.getByRole('heading', { level: 2, name: company }),
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
