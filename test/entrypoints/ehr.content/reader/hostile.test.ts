import { afterEach, describe, expect, it } from 'vitest';
import { Capture } from '@/entrypoints/background/messages';
import { readChart } from '@/entrypoints/ehr.content/reader';
import { loadFixture, type LoadedPage } from '../load-fixture';

let page: LoadedPage;
afterEach(async () => page?.close());

describe('markup typed into the chart', () => {
  it('is captured as the text the clinician sees, and the page is not changed', () => {
    page = loadFixture('hostile.html');
    const before = page.document.documentElement.outerHTML;
    const c = readChart(page.document);
    expect(Capture.parse(c)).toBeTruthy();
    // The characters, not elements: the panel renders them as text.
    expect(c.chiefComplaint).toBe('Low back pain <img src=x onerror=alert(1)> <script>alert(2)</script>');
    expect(c.hpi).toContain('javascript:alert(3)');
    expect(c.hpi).toContain('this link');
    expect(c.hpi).not.toContain('alert(4)');
    expect(c.age).toBe(52);
    expect(c.sex).toBe('male');
    expect(page.document.documentElement.outerHTML).toBe(before);
    expect(page.document.querySelectorAll('img').length).toBe(0);
  });
});
