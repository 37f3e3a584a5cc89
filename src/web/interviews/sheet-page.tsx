// The interview sheet in the browser: readable on a phone, one printed page (see @media print in
// app.css), with a small form to add the points prepared for this role.
import type { SheetView } from '../../app/index.js';
import { Layout } from '../ui/layout.js';

export function SheetPage(props: { view: SheetView; error?: string; value?: string }) {
  const { sheet, interviewId } = props.view;
  const path = `/interviews/${encodeURIComponent(interviewId)}`;
  return (
    <Layout title={props.error ? `Error: Interview sheet: ${sheet.title}` : `Interview sheet: ${sheet.title}`}>
      <article class="sheet">
        <h1>
          Interview sheet <span class="muted">· {sheet.title}</span>
        </h1>
        <p class="lead">
          {sheet.when}
          {sheet.stage && ` · ${sheet.stage}`}
        </p>
        {sheet.panel.length > 0 && <p>Panel: {sheet.panel.join('; ')}</p>}
        <p class="actions no-print">
          <a class="button" href={`${path}/sheet.pdf`}>
            Download the PDF (one page)
          </a>
          <a class="button secondary" href={path}>
            Back to the interview
          </a>
        </p>
        <section aria-labelledby="sheet-ask">
          <h2 id="sheet-ask">Before you leave, ask</h2>
          <ul class="checklist">
            {sheet.questions.map((q) => (
              <li>
                <strong>{q.text}</strong> <span class="muted">({q.why})</span>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="sheet-cues">
          <h2 id="sheet-cues">If they drift</h2>
          <p>Watch for:</p>
          <ul>
            {sheet.cues.map((c) => (
              <li>{c.label}</li>
            ))}
          </ul>
          <p>Then:</p>
          <ul class="recovery">
            {sheet.recovery.map((r) => (
              <li>{r}</li>
            ))}
          </ul>
          <p class="muted">{sheet.recoveryNote}</p>
        </section>
        <section aria-labelledby="sheet-points">
          <h2 id="sheet-points">My points for this role</h2>
          {sheet.points.length === 0 ? (
            <p class="warning">None recorded yet: add two or three below before you go in.</p>
          ) : (
            <ul>
              {sheet.points.map((p) => (
                <li>
                  <strong>{p.label}:</strong> <span class="prose">{p.text}</span>
                </li>
              ))}
            </ul>
          )}
          <form method="post" action={`${path}/sheet/points`} class="no-print">
            <div class={props.error ? 'field invalid' : 'field'}>
              <label for="f-point">Add a prepared point</label>
              {props.error && (
                <p class="field-error" id="f-point-error" role="alert">
                  <span class="visually-hidden">Error: </span>
                  {props.error}
                </p>
              )}
              <input
                id="f-point"
                name="point"
                type="text"
                maxlength={400}
                value={props.value ?? ''}
                aria-invalid={props.error ? 'true' : undefined}
                aria-describedby={props.error ? 'f-point-error' : undefined}
              />
            </div>
            <button type="submit">Add the point</button>
          </form>
        </section>
        {sheet.tips.map((t) => (
          <p class="tip">
            Tip: {t.text} <cite>Source: {t.source}.</cite>
          </p>
        ))}
      </article>
    </Layout>
  );
}
