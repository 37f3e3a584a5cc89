// The CLI's suggestion to mark a silent process as ghosted (set only when the user runs the command).
import type { GhostedHint } from '../../app/index.js';
import { commandFor } from '../hints.js';
import { clean } from '../output.js';
import { atLocal } from '../when.js';

export const ghostedHint = (h: GhostedHint): string =>
  `Hint: no reply from ${clean(h.company)} (${clean(h.role)}) since the close-the-loop date, ${atLocal(h.since, 'UTC')}. If it is over, mark it: ${commandFor(h.hint)}`;
