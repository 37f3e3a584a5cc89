// The calendar page: download the plan as .ics, and the feed a desktop calendar subscribes to.
import type { FeedStatus } from '../../app/index.js';
import { Layout } from '../ui/layout.js';

export function CalendarPage(props: { status: FeedStatus; newUrl?: string; rotated?: boolean }) {
  const { status, newUrl } = props;
  return (
    <Layout title="Calendar" section="calendar">
      <h1>Your follow-ups in your calendar</h1>
      <p>
        Every open follow-up becomes an event with a reminder, titled with what to do and for whom, and the reason in
        its notes.
      </p>
      <h2>Download once</h2>
      <p>
        <a class="button" href="/calendar.ics" download="followthrough-plan.ics">
          Download the plan (.ics)
        </a>
      </p>
      <p class="hint">
        Import it into any calendar. It does not change when the plan does: download it again, or subscribe.
      </p>
      <h2>Subscribe</h2>
      {newUrl && (
        <div class="notice" role="status">
          <p>{props.rotated ? 'Your new feed URL (the old one no longer works):' : 'Your feed URL:'}</p>
          <p>
            <label for="feed-url">Feed URL</label>
            <input id="feed-url" type="text" readonly value={newUrl} class="feed-url" />
          </p>
          <p>Copy it now: it is shown only this once. Anyone with it can read your follow-up plan.</p>
        </div>
      )}
      {!newUrl && status.active && (
        <p>
          You made a feed URL on {status.createdAt?.slice(0, 10)}. It is shown only when it is made; make a new one if
          you have lost it (the old one stops working).
        </p>
      )}
      <p>
        Desktop calendars subscribe to a URL on this computer while Follow-Through runs: Apple Calendar (File › New
        Calendar Subscription), Thunderbird, Outlook for Windows or Mac. Google Calendar and other cloud calendars fetch
        from their own servers and cannot reach your computer: use the download, or a hosted Follow-Through.
      </p>
      <form method="post" action="/calendar/feed">
        <button type="submit" class={status.active ? 'secondary' : undefined}>
          {status.active ? 'Rotate: make a new feed URL' : 'Make a feed URL'}
        </button>
      </form>
    </Layout>
  );
}
