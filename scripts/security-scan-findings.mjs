#!/usr/bin/env node
// Reads the scanners' reports for scripts/security-scan.sh: prints every finding and exits 1 when one
// is high or medium (or worse).
//   node scripts/security-scan-findings.mjs wapiti REPORT.json ORIGIN
//   node scripts/security-scan-findings.mjs sqlmap RESULTS.csv SQLMAP.log
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:http';

// wapiti's levels (wapitiCore/language/vulnerability.py).
const LEVELS = { 0: 'info', 1: 'low', 2: 'medium', 3: 'high', 4: 'critical' };
const MEDIUM = 2;

/** POSTs an empty form to `url` with exactly these headers; resolves with the status. */
function post(url, headers) {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode));
      },
    );
    req.on('error', reject);
    req.end('x=1');
  });
}

/**
 * wapiti's csrf module reports every POST form that has no token field. The app defends with the
 * Origin / Sec-Fetch-Site check instead (src/web/security.ts), so such a report is a false positive
 * exactly when a forged cross-site post and one without any Origin are both refused with 403.
 */
async function csrfRefused(origin, finding) {
  if (finding.info !== 'Lack of anti CSRF token' || finding.method !== 'POST') return false;
  const url = new URL(finding.path, origin);
  if (url.origin !== origin) return false;
  const forged = await post(url, { origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' });
  const noOrigin = await post(url, {});
  return forged === 403 && noOrigin === 403;
}

async function wapiti(reportFile, origin) {
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  let failing = 0;
  let excused = 0;
  let minor = 0;
  for (const section of ['vulnerabilities', 'anomalies']) {
    for (const [category, findings] of Object.entries(report[section] ?? {})) {
      for (const f of findings) {
        const level = Number(f.level);
        const where = `${f.method} ${f.path}${f.parameter ? ` (${f.parameter})` : ''}`;
        if (level < MEDIUM) {
          minor++;
          console.log(`wapiti ${LEVELS[level] ?? level}: ${category}: ${where}: ${f.info}`);
        } else if (category === 'Cross Site Request Forgery' && (await csrfRefused(origin, f))) {
          excused++;
        } else {
          failing++;
          console.log(`wapiti ${LEVELS[level] ?? level} FINDING: ${category}: ${where}: ${f.info}`);
          if (f.curl_command) console.log(`  replay: ${f.curl_command}`);
        }
      }
    }
  }
  const tested = report.infos?.crawled_pages?.length;
  console.log(
    `wapiti: ${failing} high/medium finding(s), ${minor} low/info` +
      (excused
        ? `, ${excused} "Lack of anti CSRF token" excused (cross-site and Origin-less posts refused, 403)`
        : '') +
      (tested !== undefined ? `; ${tested} pages crawled` : ''),
  );
  return failing === 0;
}

function sqlmap(resultsFile, logFile) {
  const rows = existsSync(resultsFile)
    ? readFileSync(resultsFile, 'utf8')
        .split(/\r?\n/)
        .slice(1)
        .filter((l) => l.trim())
    : [];
  const log = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
  // sqlmap lists what it itself rejected as a false positive too; those are not injectable.
  const injectable = rows.filter((r) => !/false positive/i.test(r));
  for (const r of rows) console.log(`sqlmap ${injectable.includes(r) ? 'FINDING' : 'rejected'}: ${r}`);
  const logged = log.match(/^.*(identified the following injection point|is vulnerable).*$/gm) ?? [];
  for (const l of logged) console.log(`sqlmap FINDING: ${l.trim()}`);
  const targets = (log.match(/testing if the target URL content is stable/g) ?? []).length;
  const parameters = (log.match(/testing if \S+ parameter '[^']+' is dynamic/g) ?? []).length;
  console.log(
    `sqlmap: ${injectable.length + logged.length} injectable parameter(s); ${targets} targets, ${parameters} parameters tested`,
  );
  return injectable.length === 0 && logged.length === 0;
}

const [tool, a, b] = process.argv.slice(2);
const ok = tool === 'wapiti' ? await wapiti(a, b) : tool === 'sqlmap' ? sqlmap(a, b) : null;
if (ok === null) {
  console.error('usage: security-scan-findings.mjs wapiti REPORT.json ORIGIN | sqlmap RESULTS.csv LOG');
  process.exit(2);
}
process.exit(ok ? 0 : 1);
