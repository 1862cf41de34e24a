import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveFile } from './download';

describe('saveFile', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('clicks a download link for the blob, leaves no link behind and releases the URL later', () => {
    vi.useFakeTimers();
    const blob = new Blob(['a;b\n1;2\n'], { type: 'text/csv' });
    const created = vi.fn<(b: Blob) => string>(() => 'blob:salkku/1');
    const revoked = vi.fn<(url: string) => void>();
    URL.createObjectURL = created;
    URL.revokeObjectURL = revoked;
    const clicked: { href: string; download: string; attached: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ href: this.href, download: this.download, attached: this.isConnected });
    });

    saveFile(blob, 'myohassa-31.12.2025.csv');

    expect(created).toHaveBeenCalledWith(blob);
    expect(clicked).toEqual([
      { href: 'blob:salkku/1', download: 'myohassa-31.12.2025.csv', attached: true },
    ]);
    expect(document.querySelector('a[download]')).toBeNull();
    expect(revoked).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10_000);
    expect(revoked).toHaveBeenCalledWith('blob:salkku/1');
  });
});
