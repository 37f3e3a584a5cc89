// Confirmation before deleting: nothing is deleted by following a link.
import type { InterviewRecord } from '../../core/model.js';
import { formatLocal } from '../format.js';
import { Layout } from '../ui/layout.js';

export function DeletePage(props: { record: InterviewRecord }) {
  const r = props.record;
  const path = `/interviews/${encodeURIComponent(r.id)}`;
  return (
    <Layout title="Delete interview">
      <h1>Delete this interview?</h1>
      <p>
        {r.opportunity.company}, {r.opportunity.role}: {formatLocal(r.startsAt, r.timeZone)}.
      </p>
      <p>
        Its panel, next steps and notes are deleted too. If it is the only round of this opportunity, the opportunity
        goes as well. This cannot be undone.
      </p>
      <form method="post" action={`${path}/delete`} class="actions">
        <button type="submit" class="danger">
          Delete interview
        </button>
        <a href={path}>Keep it</a>
      </form>
    </Layout>
  );
}
