// Page object for /interviews/new, driven by the keyboard only.
import type { Page } from 'playwright-core';
import { retype, tabTo } from './keyboard.js';

export interface InterviewerEntry {
  name: string;
  email?: string;
  title?: string;
  /** The visible label of the role option, e.g. "Hiring manager". */
  role?: string;
}

export class NewInterviewPage {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/interviews/new`);
  }

  private field(name: string) {
    return this.page.locator(`#f-${name.replace(/\./g, '-')}`);
  }

  async typeInto(name: string, text: string): Promise<void> {
    await tabTo(this.page, this.field(name));
    await retype(this.page, text);
  }

  /** Chromium's datetime-local takes month, day, year, then (after an arrow) hours, minutes and AM/PM. */
  async enterDateTime(mmddyyyy: string, hhmm: string, ampm: 'A' | 'P'): Promise<void> {
    await tabTo(this.page, this.field('at'));
    await this.page.keyboard.type(mmddyyyy);
    await this.page.keyboard.press('ArrowRight');
    await this.page.keyboard.type(hhmm);
    await this.page.keyboard.type(ampm);
  }

  /** Picks a select option by typing the start of its label (type-ahead), as a keyboard user does. */
  async chooseOption(name: string, label: string): Promise<void> {
    const select = this.field(name);
    await tabTo(this.page, select);
    await this.page.keyboard.type(label);
    const chosen = await select.evaluate((el) => {
      const s = el as HTMLSelectElement;
      return s.options[s.selectedIndex]?.text ?? '';
    });
    if (chosen !== label) throw new Error(`Select ${name}: typed "${label}" but "${chosen}" is chosen`);
  }

  async addInterviewer(row: number, person: InterviewerEntry): Promise<void> {
    await this.typeInto(`interviewers.${row}.name`, person.name);
    if (person.email) await this.typeInto(`interviewers.${row}.email`, person.email);
    if (person.title) await this.typeInto(`interviewers.${row}.title`, person.title);
    if (person.role) await this.chooseOption(`interviewers.${row}.role`, person.role);
  }

  /** Tabs into the radio group (focus lands on the checked one) and arrows to the wanted value. */
  async choosePermission(value: 'yes' | 'no' | 'unknown'): Promise<void> {
    const radios = this.page.locator('input[name="permission"]');
    const checked = this.page.locator('input[name="permission"]:checked');
    await tabTo(this.page, checked.first());
    const wanted = this.page.locator(`#f-permission-${value}`);
    for (let i = 0; i < (await radios.count()) && !(await wanted.isChecked()); i++) {
      await this.page.keyboard.press('ArrowDown');
    }
    if (!(await wanted.isChecked())) throw new Error(`Could not choose permission ${value}`);
  }

  /** Ticks a checkbox with the space bar. */
  async tick(name: string): Promise<void> {
    await tabTo(this.page, this.field(name));
    if (!(await this.field(name).isChecked())) await this.page.keyboard.press('Space');
    if (!(await this.field(name).isChecked())) throw new Error(`Could not tick ${name}`);
  }

  /** The text of the live region under the time frame, once it mentions `expected`. */
  async understandingOnceItSays(expected: string): Promise<string> {
    const region = this.page.locator('#timeframe-understanding');
    await region.filter({ hasText: expected }).waitFor();
    // biome-ignore lint/performance/useDomNodeTextContent: the text as a person reads it, blocks apart
    return (await region.innerText()).replace(/\s+/g, ' ').trim();
  }

  /** Tabs to the visible Save button and presses Enter; resolves on the interview's own page. */
  async save(): Promise<string> {
    await tabTo(this.page, this.page.getByRole('button', { name: 'Save interview' }).last());
    await Promise.all([this.page.waitForURL(/\/interviews\/iv_[0-9a-z]+$/), this.page.keyboard.press('Enter')]);
    return this.page.url();
  }
}
