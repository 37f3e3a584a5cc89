// Notes sent vs replies per month as a server-rendered SVG bar chart. Built with JSX, so every
// value is escaped; a title and description (and the table beside it) make it readable without sight.
import type { MonthPoint } from '../../core/stats.js';

const W = 640;
const H = 240;
const PAD = { left: 32, right: 8, top: 12, bottom: 36 };

export function StatsChart(props: { months: MonthPoint[] }) {
  const ms = props.months;
  const max = Math.max(1, ...ms.flatMap((m) => [m.notesSent, m.replies]));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / ms.length;
  const bar = Math.max(2, Math.min(24, slot / 2 - 4));
  const y = (n: number) => PAD.top + plotH - (n / max) * plotH;
  const desc = ms.map((m) => `${m.month}: ${m.notesSent} sent, ${m.replies} replies`).join('; ');
  return (
    <figure class="chart">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby="chart-title chart-desc"
        xmlns="http://www.w3.org/2000/svg"
        width="100%"
      >
        <title id="chart-title">Notes sent and replies received, by month</title>
        <desc id="chart-desc">{desc}</desc>
        <line x1={PAD.left} y1={PAD.top + plotH} x2={W - PAD.right} y2={PAD.top + plotH} class="axis" />
        <text x={PAD.left - 6} y={y(max) + 4} text-anchor="end" class="tick">
          {String(max)}
        </text>
        <text x={PAD.left - 6} y={PAD.top + plotH} text-anchor="end" class="tick">
          0
        </text>
        {ms.map((m, i) => {
          const x = PAD.left + i * slot + slot / 2;
          return (
            <g>
              <rect
                class="bar-sent"
                x={x - bar - 1}
                y={y(m.notesSent)}
                width={bar}
                height={PAD.top + plotH - y(m.notesSent)}
              />
              <rect
                class="bar-replies"
                x={x + 1}
                y={y(m.replies)}
                width={bar}
                height={PAD.top + plotH - y(m.replies)}
              />
              <text x={x} y={H - PAD.bottom + 16} text-anchor="middle" class="tick">
                {m.month.slice(2)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <span class="key key-sent">Notes sent</span> <span class="key key-replies">Replies</span>
      </figcaption>
      <table class="chart-data">
        <caption class="visually-hidden">The same figures as a table</caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col">Notes sent</th>
            <th scope="col">Replies</th>
          </tr>
        </thead>
        <tbody>
          {ms.map((m) => (
            <tr>
              <th scope="row">{m.month}</th>
              <td>{m.notesSent}</td>
              <td>{m.replies}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
