// Printing: what the browser prints is laid out by the @media print rules in style.css (no sidebar,
// header or buttons, full content, A4). Element Plus draws a table's header and body as two
// separate <table>s, so a long table would print its header only on the first page: before
// printing, each body table gets a copy of its header as a <thead>, which the browser repeats on
// every page; after printing the copies go.
const PRINT_HEAD = 'print-thead';

export function preparePrint(): void {
  for (const table of document.querySelectorAll<HTMLElement>('.el-table')) {
    const head = table.querySelector('.el-table__header-wrapper thead');
    const body = table.querySelector<HTMLTableElement>('.el-table__body-wrapper table.el-table__body');
    if (!head || !body) continue;
    body.querySelector(`:scope > thead.${PRINT_HEAD}`)?.remove();
    const copy = head.cloneNode(true) as HTMLElement;
    copy.classList.add(PRINT_HEAD);
    body.insertBefore(copy, body.tBodies[0] ?? null);
  }
}

export function finishPrint(): void {
  for (const t of document.querySelectorAll(`thead.${PRINT_HEAD}`)) t.remove();
}

/**
 * A paged list on screen holds one page of rows; on paper the user wants the whole list. A list
 * registers how to fetch all its rows: the loader puts every row in the table and returns how to
 * go back to the page that was on screen.
 */
export type WholeListLoader = () => Promise<() => void>;
const wholeLists = new Set<WholeListLoader>();

/** Registers a paged list for printing whole; returns the function that unregisters it. */
export function printWhole(loader: WholeListLoader): () => void {
  wholeLists.add(loader);
  return () => wholeLists.delete(loader);
}

const nextFrame = () => new Promise<void>((res) => requestAnimationFrame(() => res()));

/**
 * The "In" button: every paged list on the page is filled with all its rows, the tables get
 * their repeated headers, the browser's print dialog opens; afterwards the lists show the page
 * they showed before.
 */
export async function printPage(): Promise<void> {
  const restore: (() => void)[] = [];
  try {
    for (const load of [...wholeLists]) restore.push(await load());
    // Let Vue draw the rows before the browser lays out the paper.
    await nextFrame();
    await nextFrame();
    preparePrint();
    window.print();
  } finally {
    for (const r of restore) r();
  }
}

/** Ctrl+P and the browser's menu print too: prepare on the browser's own print events. */
export function installPrintHooks(): void {
  window.addEventListener('beforeprint', preparePrint);
  window.addEventListener('afterprint', finishPrint);
  const media = window.matchMedia('print');
  media.addEventListener('change', (e) => (e.matches ? preparePrint() : finishPrint()));
}
