import { describe, expect, it, vi } from 'vitest';
import { Window } from 'happy-dom';
import { copyText } from '../../utils/ui/clipboard';

interface Setup {
  writeText?: (text: string) => Promise<void>;
  allowsClipboard?: boolean;
  execCommand?: boolean;
}

function setup({ writeText, allowsClipboard, execCommand = true }: Setup) {
  const window = new Window();
  const doc = window.document as unknown as Document;
  Object.defineProperty(window.navigator, 'clipboard', { value: writeText ? { writeText } : undefined, configurable: true });
  if (allowsClipboard !== undefined) {
    Object.defineProperty(doc, 'permissionsPolicy', { value: { allowsFeature: (f: string) => f === 'clipboard-write' && allowsClipboard } });
  }
  const copied: string[] = [];
  doc.execCommand = vi.fn((command: string) => {
    const area = doc.querySelector('textarea');
    if (command === 'copy' && area && execCommand) copied.push(area.value);
    return execCommand;
  });
  return { doc, copied };
}

describe('copyText', () => {
  it('uses the async clipboard where the frame may', async () => {
    const writeText = vi.fn(async () => undefined);
    const { doc, copied } = setup({ writeText, allowsClipboard: true });
    await copyText('Hi Mila', doc);
    expect(writeText).toHaveBeenCalledWith('Hi Mila');
    expect(copied).toEqual([]);
  });

  it('skips the async clipboard when the permissions policy blocks it, and copies from a hidden textarea', async () => {
    const writeText = vi.fn(async () => undefined);
    const { doc, copied } = setup({ writeText, allowsClipboard: false });
    await copyText('Hi Mila 👋', doc);
    expect(writeText).not.toHaveBeenCalled();
    expect(copied).toEqual(['Hi Mila 👋']);
    expect(doc.querySelector('textarea')).toBeNull(); // cleaned up
  });

  it('falls back when writeText is refused', async () => {
    const { doc, copied } = setup({ writeText: () => Promise.reject(new Error('NotAllowedError')) });
    await copyText('Hallo', doc);
    expect(copied).toEqual(['Hallo']);
  });

  it('fails loudly when no way to copy works', async () => {
    const { doc } = setup({ execCommand: false });
    await expect(copyText('x', doc)).rejects.toThrow('copy refused');
  });
});
