// The frame of every page: landmarks, a skip link, the navigation and locally served assets.
import type { Child } from 'hono/jsx';
import type { Hint } from '../../core/hints.js';
import { assetUrl } from '../static.js';
import { HintLink } from './hint-link.js';

// htmx without eval, inline script or injected styles, so the CSP can forbid all three.
const HTMX_CONFIG = JSON.stringify({
  includeIndicatorStyles: false,
  allowEval: false,
  allowScriptTags: false,
  historyCacheSize: 0,
  // htmx's defaults, plus: a 400 answer carries a message to show in place (the time-frame preview).
  responseHandling: [
    { code: '204', swap: false },
    { code: '400', swap: true, error: false },
    { code: '[23]..', swap: true },
    { code: '[45]..', swap: false, error: true },
  ],
});

export type Section =
  | 'dashboard'
  | 'new'
  | 'check'
  | 'profile'
  | 'quiz'
  | 'calendar'
  | 'contacts'
  | 'stats'
  | 'outbox'
  | undefined;

export function Layout(props: { title: string; section?: Section; children: Child }) {
  const navLink = (href: string, label: string, section: Section) => (
    <li>
      <a href={href} aria-current={props.section === section ? 'page' : undefined}>
        {label}
      </a>
    </li>
  );
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="htmx-config" content={HTMX_CONFIG} />
        <title>{`${props.title} · Follow-Through`}</title>
        {/* No favicon yet: an empty data URL spares the browser a request that would only 404. */}
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href={assetUrl('app.css')} />
        <script src={assetUrl('vendor/htmx.min.js')} defer />
      </head>
      <body>
        <a class="skip-link" href="#main">
          Skip to main content
        </a>
        <header class="site-header">
          <p class="brand">
            <a href="/">Follow-Through</a>
          </p>
          <nav aria-label="Main">
            <ul>
              {navLink('/', 'Dashboard', 'dashboard')}
              {navLink('/interviews/new', 'Add an interview', 'new')}
              {navLink('/outbox', 'Outbox', 'outbox')}
              {navLink('/contacts', 'Contacts', 'contacts')}
              {navLink('/calendar', 'Calendar', 'calendar')}
              {navLink('/check', 'Check a note', 'check')}
              {navLink('/stats', 'My record', 'stats')}
              {navLink('/quiz', 'Self-assessment', 'quiz')}
              {navLink('/profile', 'Profile', 'profile')}
            </ul>
          </nav>
        </header>
        <main id="main" tabindex={-1}>
          {props.children}
        </main>
      </body>
    </html>
  );
}

export function ErrorPage(props: { status: number; title: string; message: string; hint?: Hint }) {
  return (
    <Layout title={props.title}>
      <h1>{props.title}</h1>
      <p>{props.message}</p>
      {props.hint && (
        <p>
          <HintLink hint={props.hint} />
        </p>
      )}
      <p>
        <a href="/">Back to the dashboard</a>
      </p>
    </Layout>
  );
}
