/**
 * Reading a saved chart page (an .html file) outside the browser, for the command line:
 * the page is parsed into a scriptless DOM with its <style> and inline styles applied, then
 * read exactly like a live page. Nothing in the page runs and nothing is fetched.
 * Not part of the extension bundle (the content script does not import this file).
 */
import { Window } from 'happy-dom';
import type { Capture } from '@/entrypoints/background/messages';
import { classHints } from './class-hints';
import { readChart, type ReaderSettings } from './index';

/** A scriptless, offline DOM: no JavaScript, no stylesheet/script/frame loading, no navigation, no fetch. */
export const OFFLINE_SETTINGS = {
  disableJavaScriptEvaluation: true,
  disableJavaScriptFileLoading: true,
  disableCSSFileLoading: true,
  disableIframePageLoading: true,
  handleDisabledFileLoadingAsSuccess: true,
  disableErrorCapturing: false,
  navigation: {
    disableMainFrameNavigation: true,
    disableChildFrameNavigation: true,
    disableChildPageNavigation: true,
    disableFallbackToSetURL: true,
  },
  fetch: {
    interceptor: {
      beforeAsyncRequest: async ({ window }: { window: Window }) => new window.Response('', { status: 204 }),
      beforeSyncRequest: ({ window }: { window: Window }) => ({ status: 204, statusText: 'No Content', ok: true, url: '', redirected: false, headers: new window.Headers(), body: null }),
    },
  },
};

/**
 * Turn declarative shadow DOM (`<template shadowrootmode="open">`, as saved by page-archiving
 * tools) into attached shadow roots, depth first. Closed ones stay closed (unreadable, as in a
 * browser). Returns the open shadow roots attached.
 */
export function attachDeclarativeShadowRoots(root: Document | ShadowRoot | DocumentFragment, attached: ShadowRoot[] = []): ShadowRoot[] {
  const templates = Array.from(root.querySelectorAll('template[shadowrootmode], template[shadowroot]'));
  for (const t of templates) {
    const host = t.parentElement;
    const mode = (t.getAttribute('shadowrootmode') || t.getAttribute('shadowroot')) === 'closed' ? 'closed' : 'open';
    if (!host || host.shadowRoot) continue;
    let shadow: ShadowRoot;
    try {
      shadow = host.attachShadow({ mode });
    } catch {
      continue;
    }
    const content = (t as HTMLTemplateElement).content;
    t.remove();
    shadow.appendChild(content);
    if (mode === 'open') attached.push(shadow);
    attachDeclarativeShadowRoots(shadow, attached);
  }
  return attached;
}

/** Load HTML into a fresh offline window at a URL. */
export function offlineWindow(html: string, url = 'file:///saved-page.html'): Window {
  const window = new Window({ url, settings: OFFLINE_SETTINGS as never });
  window.document.write(html);
  attachDeclarativeShadowRoots(window.document as unknown as Document);
  for (const frame of Array.from(window.document.querySelectorAll('iframe[srcdoc]'))) {
    const d = (frame as unknown as HTMLIFrameElement).contentDocument;
    if (d) attachDeclarativeShadowRoots(d);
  }
  return window;
}

/** Read a saved chart page. Frames saved inline (srcdoc) are read; frames that point elsewhere are not. */
export function readSavedPage(html: string, settings: ReaderSettings = {}): Capture {
  const window = offlineWindow(html);
  try {
    return readChart(window.document as unknown as Document, {
      ...settings,
      // Saved pages often lost their external stylesheets: trust class names like "d-none" too.
      visibility: { ...classHints(), ...(settings.visibility ?? {}) },
    });
  } finally {
    void window.happyDOM.close();
  }
}
