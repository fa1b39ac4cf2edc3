// The state behind a page that shows one record addressed by /…/:id (a unit, person, group,
// movement, pledge or report): its id, a loading flag, and whether the record was not found.
// Kept in one place so that every such page treats a missing record alike.
import { computed, ref, type Ref } from 'vue';
import { useRoute } from 'vue-router';
import { ElMessage } from 'element-plus';
import { ApiError } from '../api';

/** `record` is the page's record, emptied when loading it fails. */
export function useRecordPage<T>(record: Ref<T | null>) {
  const route = useRoute();
  const id = computed(() => Number(route.params.id));
  const loading = ref(false);
  const notFound = ref(false);

  /**
   * Runs the page's own loading (`fetch`, whose GETs are silent). On failure the record is emptied;
   * a 404, or the 403 the server answers for a record outside the user's scope, shows the page's
   * "not found" result (the two are worded alike on purpose), any other error a message.
   */
  async function fetchRecord(fetch: () => Promise<void>): Promise<void> {
    loading.value = true;
    notFound.value = false;
    try {
      await fetch();
    } catch (e) {
      record.value = null;
      if (e instanceof ApiError && (e.status === 404 || e.status === 403)) notFound.value = true;
      else if (e instanceof Error) ElMessage.error(e.message);
    } finally {
      loading.value = false;
    }
  }

  return { id, loading, notFound, fetchRecord };
}
