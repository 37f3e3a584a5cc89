// Page object for an interview's own page: its follow-up plan and the "log what happened" form.
import type { Page } from 'playwright-core';

const text = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

export class InterviewPage {
  constructor(readonly page: Page) {}

  /** The plan section's text up to the timeline: what their time frame was understood as. */
  async timeFrameText(): Promise<string> {
    // biome-ignore lint/performance/useDomNodeTextContent: the text as a person reads it, blocks apart
    return text(await this.page.locator('section.plan .explanation').first().innerText());
  }

  /** Each entry of the timeline, in order, as one line of text. */
  async timelineEntries(): Promise<string[]> {
    return (await this.page.locator('ol.timeline > li').allInnerTexts()).map(text);
  }
}
