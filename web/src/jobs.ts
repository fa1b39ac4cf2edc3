// Long imports and exports run as jobs on the server (GET /api/v1/jobs/{id}): followed here
// until they end, with their phase and rows for a progress bar, and cancelled with "Hủy".
import { ref } from 'vue';
import { api } from './api';
import { downloadFile } from './download';

export interface Job {
  id: string;
  kind: string;
  state: 'running' | 'done' | 'failed' | 'cancelled';
  cancel_requested: boolean;
  phase: string;
  phase_label: string;
  done: number;
  total: number | null;
  percent: number | null;
  result?: unknown;
  file?: { filename: string; size: number; href: string };
  error?: { code: string; message: string };
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Follows a job until it ends, calling `update` with each answer. */
export async function followJob(job: Job, update: (j: Job) => void): Promise<Job> {
  let j = job;
  update(j);
  while (j.state === 'running') {
    await wait(250);
    j = await api.get<Job>(`/jobs/${j.id}`, undefined, { silent: true });
    update(j);
  }
  return j;
}

export function cancelJob(job: Job): Promise<Job> {
  return api.post<Job>(`/jobs/${job.id}/cancel`, {}, { silent: true });
}

/** Any export (`/api/v1/…?format=xlsx`) as a job; the file is downloaded once it is complete. */
export async function exportAsJob(href: string, update: (j: Job) => void): Promise<Job> {
  const job = await api.post<Job>('/jobs/exports', { path: href });
  const end = await followJob(job, update);
  if (end.state === 'done' && end.file) await downloadFile(end.file.href);
  return end;
}

/**
 * An export made as a job, for a page's download buttons: `job` feeds <JobProgress> (the bar with
 * "Hủy"), `run(href)` starts one (not while one runs) and downloads the file once complete,
 * `cancel()` stops it. One per page or panel; every long export of the UI goes through it.
 */
export function useExportJob() {
  const job = ref<Job | null>(null);
  async function run(href: string) {
    if (job.value?.state === 'running') return;
    try {
      const end = await exportAsJob(href, (j) => { job.value = j; });
      if (end.state === 'done') job.value = null;
    } catch { /* shown by the API wrapper */ }
  }
  async function cancel() {
    if (!job.value) return;
    try { job.value = await cancelJob(job.value); } catch { /* it ended meanwhile */ }
  }
  return { job, run, cancel };
}
