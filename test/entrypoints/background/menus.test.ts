import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { WxtBrowser } from 'wxt/browser';
import { ASSESS_MENU_ID, onMenuClicked, registerMenus } from '@/entrypoints/background/menus';
import { loadCapture } from '@/entrypoints/background/store';

const b = fakeBrowser as unknown as WxtBrowser;
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('right-click "Assess selected text"', () => {
  let open: ReturnType<typeof vi.fn>;
  const sidebarAction = fakeBrowser.sidebarAction;
  beforeEach(() => {
    Object.assign(fakeBrowser, { sidebarAction });
    delete (fakeBrowser as { sidePanel?: unknown }).sidePanel;
    fakeBrowser.reset();
    open = vi.fn().mockResolvedValue(undefined);
    Object.assign(fakeBrowser, { sidePanel: { open } });
    fakeBrowser.contextMenus.create = vi.fn() as never;
    fakeBrowser.contextMenus.removeAll = vi.fn().mockResolvedValue(undefined) as never;
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined as never);
  });

  it('registers one menu item on selections', async () => {
    registerMenus(b);
    await flush();
    expect(fakeBrowser.contextMenus.create).toHaveBeenCalledWith({ id: ASSESS_MENU_ID, title: 'Assess selected text', contexts: ['selection'] });
  });

  it('opens the panel synchronously, inside the click, and stores the selection for that tab', async () => {
    const pending = onMenuClicked(b, { menuItemId: ASSESS_MENU_ID, selectionText: '45F LBP, new urinary retention', pageUrl: 'https://ehr.example.org/chart/1', editable: false }, { id: 5 } as never);
    expect(open).toHaveBeenCalledWith({ tabId: 5 });
    await pending;
    const c = await loadCapture(b, 5);
    expect(c?.source).toBe('selection');
    expect(c?.text).toBe('45F LBP, new urinary retention');
    expect(c?.origin).toBe('https://ehr.example.org');
  });

  it('opens the Firefox sidebar where there is no side panel', async () => {
    const sidebarOpen = vi.fn().mockResolvedValue(undefined);
    delete (fakeBrowser as { sidePanel?: unknown }).sidePanel;
    Object.assign(fakeBrowser, { sidebarAction: { open: sidebarOpen } });
    const pending = onMenuClicked(b, { menuItemId: ASSESS_MENU_ID, selectionText: 'LBP', editable: false }, { id: 6 } as never);
    expect(sidebarOpen).toHaveBeenCalledTimes(1);
    await pending;
    expect((await loadCapture(b, 6))?.text).toBe('LBP');
  });

  it('ignores other menu items and clicks without a tab', async () => {
    await onMenuClicked(b, { menuItemId: 'other', selectionText: 'x', editable: false }, { id: 5 } as never);
    await onMenuClicked(b, { menuItemId: ASSESS_MENU_ID, selectionText: 'x', editable: false }, undefined);
    expect(open).not.toHaveBeenCalled();
    expect(await loadCapture(b, 5)).toBeNull();
  });
});
