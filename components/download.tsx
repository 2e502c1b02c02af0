// Saving text as a file from an extension page (calendar files, the data export): a Blob URL, no network.

/** Starts a download of `text` as a file, through a Blob URL (no network). */
export function downloadText(text: string, filename: string, type = 'text/calendar', doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(doc.createElement('a'), { href: url, download: filename });
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
