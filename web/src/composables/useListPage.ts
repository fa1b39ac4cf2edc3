// The state behind every paged list (people, users, movements, groups, reports, the audit log):
// one page of rows fetched with limit/offset, the total, the page and its size, and a loading flag.
// Kept in one place so that every list pages, debounces its search and drops stale answers alike.
import { computed, onScopeDispose, ref, type ComputedRef, type Ref } from 'vue';
import { api, type Query } from '../api';
import { printWhole } from '../print';
import type { ListAnswer } from '../types';

/** How long a search box waits after the last keystroke before asking the server. */
const SEARCH_DELAY_MS = 300;
/** The most rows the server answers at once, and the most a printed list holds. */
const MAX_LIMIT = 1000;
const MAX_PRINTED = 20000;

export interface ListPage<T> {
  items: Ref<T[]>;
  total: Ref<number>;
  /** The current page, from 1. */
  page: Ref<number>;
  pageSize: Ref<number>;
  loading: Ref<boolean>;
  /** How many rows come before the current page (for a running row number). */
  offset: ComputedRef<number>;
  /** Fetches the current page with the current filters. */
  load(): Promise<void>;
  /** Back to page 1 and fetch: for a changed filter or page size. */
  reload(): void;
  /** reload() once typing has paused: for a search box's input. */
  reloadSoon(): void;
}

/**
 * A paged list of `path` (an API route answering ListAnswer<T>). `filters` gives the query's
 * filters (empty ones are left out of the URL by the API wrapper); limit and offset are added.
 * The caller decides when to load first (usually onMounted, next to its other loads).
 */
export function useListPage<T>(path: string, filters: () => Query, pageSize: number): ListPage<T> {
  // The cast keeps T[] rather than Vue's unwrapped form of a generic T.
  const items = ref<T[]>([]) as Ref<T[]>;
  const total = ref(0);
  const page = ref(1);
  const size = ref(pageSize);
  const loading = ref(false);
  // While the whole list is in the table for printing, rows are numbered from 1.
  const whole = ref(false);
  const offset = computed(() => (whole.value ? 0 : (page.value - 1) * size.value));
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Only the latest request may fill the table: an earlier, slower answer (say, to a shorter
  // search) must not overwrite a later one.
  let seq = 0;

  async function load() {
    const my = ++seq;
    loading.value = true;
    try {
      const a = await api.get<ListAnswer<T>>(path, { ...filters(), limit: size.value, offset: (page.value - 1) * size.value });
      if (my !== seq) return;
      items.value = a.items ?? [];
      total.value = a.total ?? items.value.length;
    } catch {
      // The API wrapper has shown the error; an empty table rather than a stale one.
      if (my === seq) items.value = [];
    } finally {
      if (my === seq) loading.value = false;
    }
  }

  function reload() {
    // A pending search would only fetch the same page 1 again.
    clearTimeout(timer);
    page.value = 1;
    void load();
  }

  function reloadSoon() {
    clearTimeout(timer);
    timer = setTimeout(reload, SEARCH_DELAY_MS);
  }

  // Printing ("In") prints the whole list with the same filters, not the page on screen.
  async function loadWhole(): Promise<() => void> {
    ++seq; // a page still on its way must not replace the whole list
    const shown = items.value;
    const all: T[] = [];
    const f = filters();
    while (all.length < Math.min(total.value, MAX_PRINTED)) {
      const a = await api.get<ListAnswer<T>>(path, { ...f, limit: MAX_LIMIT, offset: all.length });
      const got = a.items ?? [];
      all.push(...got);
      if (got.length < MAX_LIMIT) break;
    }
    items.value = all;
    whole.value = true;
    return () => {
      whole.value = false;
      items.value = shown;
    };
  }
  const unregister = printWhole(loadWhole);

  // No search may fire after the page is left.
  onScopeDispose(() => {
    clearTimeout(timer);
    unregister();
  });

  return { items, total, page, pageSize: size, loading, offset, load, reload, reloadSoon };
}
