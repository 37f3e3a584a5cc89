// The profile: who the user is, for letters, the From: line and holidays.
import type { FormState } from '../form-state.js';
import { fieldId } from '../form-state.js';
import { timeZones } from '../format.js';
import { ErrorSummary, TextArea, TextField } from '../ui/fields.js';
import { Layout } from '../ui/layout.js';

const LABELS: [string, string][] = [
  ['name', 'Name'],
  ['email', 'Email'],
  ['phone', 'Phone'],
  ['address', 'Postal address'],
  ['signature', 'Signature'],
  ['country', 'Home country'],
  ['timeZone', 'Time zone'],
];

export function ProfilePage(props: { state: FormState; saved?: boolean }) {
  const { state } = props;
  const label = (name: string) => LABELS.find(([n]) => n === name)?.[1] ?? name;
  const items = LABELS.filter(([n]) => state.errors[n]).map(([n, l]) => ({
    href: `#${fieldId(n)}`,
    text: `${l} ${state.errors[n]}`,
  }));
  const failed = items.length > 0 || state.general.length > 0;
  return (
    <Layout title={failed ? 'Error: Profile' : 'Profile'} section="profile">
      <h1>Your profile</h1>
      {props.saved && (
        <p class="notice" role="status">
          Profile saved.
        </p>
      )}
      <ErrorSummary items={items} general={state.general} />
      <p>Used to sign your notes and letters, and to know your public holidays and time zone.</p>
      <form method="post" action="/profile" novalidate>
        <TextField name="name" label={label('name')} state={state} autocomplete="name" />
        <TextField name="email" label={label('email')} type="email" state={state} autocomplete="email" />
        <TextField name="phone" label={label('phone')} type="tel" state={state} autocomplete="tel" />
        <TextArea name="address" label={label('address')} state={state} hint="One line per address line" />
        <TextArea
          name="signature"
          label={label('signature')}
          state={state}
          hint="How your notes end, e.g. your name and phone"
        />
        <TextField
          name="country"
          label={label('country')}
          state={state}
          maxlength={2}
          hint="Two letters, e.g. US or DE"
        />
        <TextField
          name="timeZone"
          label={label('timeZone')}
          state={state}
          list="time-zones"
          autocomplete="off"
          hint="e.g. Europe/Berlin"
        />
        <datalist id="time-zones">
          {timeZones().map((z) => (
            <option value={z} />
          ))}
        </datalist>
        <div class="actions">
          <button type="submit">Save profile</button>
        </div>
      </form>
    </Layout>
  );
}
