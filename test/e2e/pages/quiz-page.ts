// Page objects for the self-assessment, driven by the keyboard only.
import type { Page } from 'playwright-core';
import { tabTo } from './keyboard.js';

const text = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

export class QuizStartPage {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  /** Reaches the start page through the main navigation. */
  async openFromNavigation(): Promise<void> {
    const link = this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Self-assessment' });
    await tabTo(this.page, link);
    await Promise.all([this.page.waitForURL(`${this.baseUrl}/quiz`), this.page.keyboard.press('Enter')]);
  }

  /** Presses the start button; resolves on the first question, returning the attempt id. */
  async start(): Promise<string> {
    await tabTo(this.page, this.page.getByRole('button', { name: 'Start the self-assessment' }));
    await Promise.all([this.page.waitForURL(/\/quiz\/attempts\/qa_[0-9a-z]+\/1$/), this.page.keyboard.press('Enter')]);
    return /attempts\/(qa_[0-9a-z]+)\//.exec(this.page.url())?.[1] ?? '';
  }
}

export class QuizQuestionPage {
  constructor(readonly page: Page) {}

  async heading(): Promise<string> {
    return text(await this.page.getByRole('heading', { level: 1 }).textContent());
  }

  /** The question's group, found by its legend (the accessible name of the fieldset). */
  group(prompt: string) {
    return this.page.getByRole('group', { name: prompt });
  }

  /**
   * Chooses options by their position: a radio group is entered with Tab, the first option taken
   * with Space and the others reached with the arrow keys; each checkbox is tabbed to and ticked.
   */
  async choose(kind: 'single' | 'multiple', positions: number[]): Promise<void> {
    const inputs = this.page.locator('#q-choices input');
    if (kind === 'single') {
      const target = positions[0] ?? 0;
      await tabTo(this.page, inputs.first());
      await this.page.keyboard.press('Space');
      for (let i = 0; i < target; i++) await this.page.keyboard.press('ArrowDown');
      if (!(await inputs.nth(target).isChecked())) throw new Error(`could not choose option ${target + 1}`);
      return;
    }
    for (const p of positions) {
      await tabTo(this.page, inputs.nth(p));
      await this.page.keyboard.press('Space');
      if (!(await inputs.nth(p).isChecked())) throw new Error(`could not tick option ${p + 1}`);
    }
  }

  /** Presses the form's button (Next question, or See my result on the last) and waits for the next page. */
  async submit(next: RegExp): Promise<void> {
    const button = this.page.locator('form button[type="submit"]');
    await tabTo(this.page, button);
    await Promise.all([this.page.waitForURL(next), this.page.keyboard.press('Enter')]);
  }
}

export class QuizResultPage {
  constructor(readonly page: Page) {}

  async scoreText(): Promise<string> {
    return text(await this.page.locator('.quiz-score').textContent());
  }

  /** Each row of the "By area" table: [practice, points, score]. */
  async breakdown(): Promise<string[][]> {
    const rows = this.page.getByRole('table').first().locator('tbody tr');
    const out: string[][] = [];
    for (let i = 0; i < (await rows.count()); i++) {
      out.push((await rows.nth(i).locator('th, td').allTextContents()).map(text));
    }
    return out;
  }

  async practiseLinks(): Promise<string[]> {
    return (await this.page.locator('.quiz-links a').allTextContents()).map(text);
  }
}
