/**
 * Lets the browser save `blob` as `fileName`: a link with `download`, clicked once and removed.
 * The object URL is released a little later, not at once: some browsers read it after the click.
 */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
