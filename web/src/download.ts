import { ElMessage } from 'element-plus';

// Downloads a generated file; a refusal answers JSON with the reason, shown instead of being saved.
export async function downloadFile(href: string): Promise<boolean> {
  const r = await fetch(href, { credentials: 'same-origin' });
  if (!r.ok) {
    let msg = `Lỗi ${r.status}`;
    try { msg = (await r.json()).error.message; } catch { /* keep the status */ }
    ElMessage.error(msg);
    return false;
  }
  const name = /filename="([^"]+)"/.exec(r.headers.get('content-disposition') ?? '')?.[1] ?? 'tep-tai-ve';
  const url = URL.createObjectURL(await r.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  return true;
}
