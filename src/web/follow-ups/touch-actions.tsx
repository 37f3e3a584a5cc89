// Done, Skip and Snooze for one open touch: plain POST forms that come back to `returnTo`. Nothing
// is sent or deleted by them, so they need no confirmation. Each button names its touch for
// screen readers, since a page lists several.
import type { StoredTouch } from '../../app/index.js';

/** A snooze that was refused, shown beside its date field with the value kept. */
export interface TouchError {
  touchId: string;
  message: string;
  value: string;
}

export const snoozeFieldId = (touchId: string) => `snooze-${touchId.replace(/[^A-Za-z0-9_-]/g, '-')}`;

export function TouchActions(props: { touch: StoredTouch; title: string; returnTo: string; error?: TouchError }) {
  const { touch, title } = props;
  const action = (verb: string) => `/touches/${encodeURIComponent(touch.id)}/${verb}`;
  const id = snoozeFieldId(touch.id);
  const error = props.error?.touchId === touch.id ? props.error : undefined;
  const described = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const ret = <input type="hidden" name="return" value={props.returnTo} />;
  return (
    <div class="touch-actions">
      {touch.contactId && touch.channel !== 'task' && (
        <form method="post" action={action('draft')}>
          <button type="submit">
            Draft<span class="visually-hidden"> ({title})</span>
          </button>
        </form>
      )}
      <form method="post" action={action('done')}>
        {ret}
        <button type="submit">
          Done<span class="visually-hidden"> ({title})</span>
        </button>
      </form>
      <form method="post" action={action('skip')}>
        {ret}
        <button type="submit" class="secondary">
          Skip<span class="visually-hidden"> ({title})</span>
        </button>
      </form>
      <form method="post" action={action('snooze')} class={error ? 'snooze invalid' : 'snooze'} novalidate>
        {ret}
        <label for={id}>
          Snooze until <span class="muted">(optional)</span>
          <span class="visually-hidden"> for {title}</span>
        </label>
        <p class="hint" id={`${id}-hint`}>
          Empty: tomorrow at 09:00
        </p>
        {error && (
          <p class="field-error" id={`${id}-error`}>
            <span class="visually-hidden">Error: </span>
            {error.message}
          </p>
        )}
        <div class="inline">
          <input
            type="date"
            id={id}
            name="until"
            value={error?.value ?? ''}
            aria-describedby={described}
            aria-invalid={error ? 'true' : undefined}
          />
          <button type="submit" class="secondary">
            Snooze<span class="visually-hidden"> ({title})</span>
          </button>
        </div>
      </form>
    </div>
  );
}
