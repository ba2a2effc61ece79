import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { installDownloadDialog, isAppDownload, safeFileName } from './downloads';

describe('safeFileName', () => {
  it.each([
    ['report.pdf', 'report.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\bob\\secret.txt', 'secret.txt'],
    ['.bashrc', 'bashrc'],
    ['bad\u0000na\u001fme.txt', 'badname.txt'],
    ['', 'file'],
    ['   ', 'file'],
    ['...', 'file'],
  ])('%j → %j', (name, safe) => {
    expect(safeFileName(name)).toBe(safe);
  });

  it('keeps a long name to 200 characters', () => {
    expect(safeFileName(`${'a'.repeat(300)}.txt`)).toHaveLength(200);
  });
});

describe('isAppDownload', () => {
  it.each([
    ['blob:app://meow/5b1c-4e', 'app://meow/index.html#/chat', true],
    ['blob:app://meow/5b1c-4e', 'https://evil.example/', false],
    ['https://evil.example/x.exe', 'app://meow/index.html', false],
    ['blob:https://evil.example/5b1c', 'app://meow/index.html', false],
    ['data:text/plain,hi', 'app://meow/index.html', false],
    ['blob:app://meow/5b1c-4e', undefined, false],
    [`app://meow/files/${'a'.repeat(43)}`, 'app://meow/index.html', true],
    [`app://meow/files/${'a'.repeat(43)}`, 'https://evil.example/', false],
    ['app://meow/index.html', 'app://meow/index.html', false],
  ])('%s from %s → %s', (url, page, allowed) => {
    expect(isAppDownload(url, page)).toBe(allowed);
  });
});

function fakeDownload(url: string, filename: string) {
  return {
    getURL: () => url,
    getFilename: () => filename,
    setSaveDialogOptions: vi.fn(),
    cancel: vi.fn(),
  };
}

function installed() {
  let handler: ((...args: unknown[]) => void) | undefined;
  const session = {
    on: vi.fn((name: string, fn: (...args: unknown[]) => void) => {
      expect(name).toBe('will-download');
      handler = fn;
    }),
  };
  installDownloadDialog(session as never, () => '/home/alice/Downloads');
  return (item: ReturnType<typeof fakeDownload>, pageUrl: string) => {
    const event = { preventDefault: vi.fn() };
    handler?.(event, item, { getURL: () => pageUrl });
    return event;
  };
}

describe('installDownloadDialog', () => {
  it("asks with the system's Save dialog for a file the app's page saves", () => {
    const download = installed();
    const item = fakeDownload('blob:app://meow/1f2e', '../holiday.jpg');
    const event = download(item, 'app://meow/index.html#/chat/p1');
    expect(event.preventDefault).not.toHaveBeenCalled();
    expect(item.cancel).not.toHaveBeenCalled();
    expect(item.setSaveDialogOptions).toHaveBeenCalledWith({
      title: 'Save file',
      defaultPath: join('/home/alice/Downloads', 'holiday.jpg'),
    });
  });

  it('cancels any other download', () => {
    const download = installed();
    for (const [url, page] of [
      ['https://evil.example/x.exe', 'app://meow/index.html'],
      ['blob:app://meow/1f2e', 'https://evil.example/'],
    ] as const) {
      const item = fakeDownload(url, 'x.exe');
      const event = download(item, page);
      expect(event.preventDefault).toHaveBeenCalled();
      expect(item.cancel).toHaveBeenCalled();
      expect(item.setSaveDialogOptions).not.toHaveBeenCalled();
    }
  });
});
