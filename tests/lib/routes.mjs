// Shared by the generated sweeps: the router's own table and the audit count that proves
// nothing was written.
import { execFileSync } from 'node:child_process';
import { BIN } from './server.mjs';

// Every route with its access declaration (`thidua routes --json`).
export function routeTable() {
  return JSON.parse(execFileSync(BIN, ['routes', '--json'], { encoding: 'utf8' }));
}

// The number of audit rows, read by the ministry's administrator.
export async function auditCount(admin) {
  return (await admin.get('/api/v1/audit?limit=1')).body.total;
}
