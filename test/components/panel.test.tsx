// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Engine } from '../../components/panel/engine';
import { Panel } from '../../components/panel/Panel';
import { inThreadEngine } from '../entrypoints/sidepanel/engine/fake-worker';
import { capture, renderPanel, settle, SHORT_NOTE, viewFor } from './helpers';

afterEach(cleanup);

const noop = () => {};
const group = (name: string) => screen.getByRole('group', { name });
const radio = (feature: string, choice: string) => within(group(feature)).getByRole('radio', { name: choice });
const caudaCard = () => screen.queryByRole('heading', { name: /Possible cauda equina syndrome/ });
const cards = () => screen.getAllByRole('article');

/** Elements a Tab press can reach, in document order (native radios: only the checked one of a group). */
function tabbable(root: HTMLElement): HTMLElement[] {
  const all = [...root.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')];
  return all.filter((el) => {
    if (el.getAttribute('tabindex') === '-1' || (el as HTMLButtonElement).disabled || el.closest('[hidden]')) return false;
    if (el instanceof HTMLInputElement && el.type === 'radio') {
      const group = root.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${el.name}"]`);
      const checked = [...group].find((r) => r.checked);
      return checked ? checked === el : group[0] === el;
    }
    return true;
  });
}

describe('Panel with an assessment', () => {
  it('renders the header, the disclaimer and a card for what the text supports', () => {
    renderPanel(<Panel view={viewFor()} onRead={noop} />);
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByRole('main')).toBeTruthy();
    expect(screen.getByText(/Supports, does not replace, clinical judgement/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: /Info: Mechanical pattern/ })).toBeTruthy();
    expect(caudaCard()).toBeNull();
  });

  it('setting saddle anaesthesia to present shows the cauda equina card first; setting it back removes it', async () => {
    renderPanel(<Panel view={viewFor()} onRead={noop} />);
    expect(radio('Saddle anaesthesia', 'Absent')).toHaveProperty('checked', true);
    fireEvent.click(radio('Saddle anaesthesia', 'Present'));
    await settle();
    expect(caudaCard()).toBeTruthy();
    expect(within(cards()[0]).getByText('Critical:')).toBeTruthy();
    expect(cards()[0].getAttribute('data-finding')).toBe('flag.cauda_equina');
    fireEvent.click(radio('Saddle anaesthesia', 'Absent'));
    await settle();
    expect(caudaCard()).toBeNull();
  });

  it('shows the severity as a word and a symbol, and the trace as a table', async () => {
    renderPanel(<Panel view={viewFor()} onRead={noop} />);
    fireEvent.click(radio('Saddle anaesthesia', 'Present'));
    await settle();
    const card = cards()[0];
    expect(within(card).getByText('‼').getAttribute('aria-hidden')).toBe('true');
    const table = within(card).getByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'Criterion' })).toBeTruthy();
    const row = within(table).getByRole('row', { name: /Saddle anaesthesia/i });
    expect(within(row).getByText(/^met$/)).toBeTruthy();
    expect(within(table).getAllByText('not documented').length).toBeGreaterThan(0);
    expect(within(card).getByRole('heading', { name: 'What to do' })).toBeTruthy();
  });

  it('copies a note with the positives, the pertinent negatives and the findings, and says "Copied"', async () => {
    const copy = vi.fn(async (_text: string) => {});
    renderPanel(<Panel view={viewFor()} onRead={noop} copy={copy} />);
    fireEvent.click(radio('Saddle anaesthesia', 'Present'));
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Copy to note' }));
    expect(copy).toHaveBeenCalledTimes(1);
    const note = copy.mock.calls[0][0];
    expect(note).toContain('- Worse with activity, better with rest');
    expect(note).toContain('- Age: 45 years');
    expect(note).toMatch(/Pertinent negatives[^\n]*\n(- .*\n)*- Fever/);
    expect(note).toContain('- CRITICAL: Possible cauda equina syndrome.');
    expect(note).toMatch(/INFO: Mechanical pattern/);
    expect(note).not.toContain('after lifting');
    const copyRegion = screen.getByRole('region', { name: 'Copy to the chart' });
    await waitFor(() => expect(within(copyRegion).getByRole('status').textContent).toMatch(/^Copied/));
  });

  it('copies the finding cards as CDS Hooks JSON', async () => {
    const copy = vi.fn(async (_text: string) => {});
    renderPanel(<Panel view={viewFor()} onRead={noop} copy={copy} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy as CDS Hooks JSON' }));
    const body = JSON.parse(copy.mock.calls[0][0]);
    expect(body.cards.map((c: { uuid: string }) => c.uuid)).toContain('backpain-cds-pattern.mechanical');
  });

  it('says when copying fails', async () => {
    renderPanel(<Panel view={viewFor()} onRead={noop} copy={() => Promise.reject(new Error('denied'))} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy to note' }));
    const copyRegion = screen.getByRole('region', { name: 'Copy to the chart' });
    await waitFor(() => expect(within(copyRegion).getByRole('status').textContent).toMatch(/Could not copy/));
  });

  it('works from the keyboard: the status radio is in the tab order, and changing it updates the cards', async () => {
    const { container } = renderPanel(<Panel view={viewFor()} onRead={noop} />);
    const absent = radio('Saddle anaesthesia', 'Absent');
    const present = radio('Saddle anaesthesia', 'Present');
    const order = tabbable(container);
    expect(order.indexOf(absent)).toBeGreaterThan(order.indexOf(screen.getByRole('button', { name: 'Read this page' })));
    expect(order).not.toContain(present);
    absent.focus();
    expect(document.activeElement).toBe(absent);
    // Arrow up in a native radio group moves to and checks the previous radio.
    fireEvent.keyDown(absent, { key: 'ArrowUp' });
    present.focus();
    fireEvent.click(present);
    await settle();
    expect(document.activeElement).toBe(present);
    expect(present).toHaveProperty('checked', true);
    expect(caudaCard()).toBeTruthy();
    expect(tabbable(container)).toContain(present);
  });

  it('outlines a feature’s words in the text while its control has focus or the pointer', () => {
    const { container } = renderPanel(<Panel view={viewFor()} onRead={noop} />);
    const marks = () => [...container.querySelectorAll('mark[data-features~="saddle_anesthesia"]')];
    expect(marks().length).toBeGreaterThan(0);
    expect(marks().every((m) => !m.classList.contains('is-active'))).toBe(true);
    fireEvent.focus(radio('Saddle anaesthesia', 'Absent'));
    expect(marks().every((m) => m.classList.contains('is-active'))).toBe(true);
    expect(container.querySelectorAll('mark.is-active:not([data-features~="saddle_anesthesia"])')).toHaveLength(0);
    fireEvent.blur(radio('Saddle anaesthesia', 'Absent'));
    expect(marks().some((m) => m.classList.contains('is-active'))).toBe(false);
    fireEvent.mouseEnter(group('Fever').parentElement!);
    expect(container.querySelector('mark[data-features~="fever"]')!.classList.contains('is-active')).toBe(true);
  });

  it('describes each status group by the words it was read from', () => {
    renderPanel(<Panel view={viewFor()} onRead={noop} />);
    const g = group('Saddle anaesthesia');
    const described = document.getElementById(g.getAttribute('aria-describedby')!);
    expect(described?.textContent).toContain('saddle anesthesia');
    expect(described?.textContent).toContain('absent');
  });

  it('groups features under clinical headings, red flags first', () => {
    renderPanel(<Panel view={viewFor()} onRead={noop} />);
    const features = screen.getByRole('region', { name: 'Features' });
    const headings = within(features).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings[0]).toBe('Red-flag screen');
    expect(headings).toContain('Pain pattern');
    expect(headings.at(-1)).toBe('Patient and course');
    expect(within(features).getByRole('group', { name: 'Age' })).toBeTruthy();
  });

  it('fills age and sex from the chart banner and lets the clinician change a value', async () => {
    renderPanel(<Panel view={viewFor()} onRead={noop} />);
    const age = screen.getByRole('spinbutton', { name: 'Age (years)' }) as HTMLInputElement;
    expect(age.value).toBe('45');
    const weeks = screen.getByRole('spinbutton', { name: 'Duration of back pain (weeks)' }) as HTMLInputElement;
    expect(weeks.value).toBe('3');
    fireEvent.change(weeks, { target: { value: '20' } });
    await settle();
    expect(screen.queryByRole('heading', { name: /No routine imaging/ })).toBeNull();
  });

  it('says when a value was written as a bound, and stops saying it once the clinician types a number', async () => {
    renderPanel(<Panel view={viewFor(capture({ text: 'CC: low back pain for 2 years. HPI: morning stiffness > 30 min.' }))} onRead={noop} />);
    const minutes = screen.getByRole('spinbutton', { name: 'Morning stiffness duration (minutes)' }) as HTMLInputElement;
    expect(minutes.value).toBe('30');
    expect(screen.getByText('written as more than this')).toBeTruthy();
    fireEvent.change(minutes, { target: { value: '20' } });
    await settle();
    expect(screen.queryByText('written as more than this')).toBeNull();
  });

  it('marks a conflict and shows every mention', () => {
    const text = 'CC: back pain. Fever 2 days ago. Denies fever today.';
    const view = viewFor(capture({ text }));
    const conflicted = view.kind === 'ready' ? view.assessment.features.find((f) => f.conflict) : undefined;
    if (!conflicted) throw new Error('fixture should produce a conflict');
    renderPanel(<Panel view={view} onRead={noop} />);
    const row = document.querySelector(`[data-feature="${conflicted.id}"]`) as HTMLElement;
    expect(within(row).getByText('Mentions disagree')).toBeTruthy();
    expect(within(row).getAllByRole('listitem')).toHaveLength(conflicted.evidence.length);
  });

  it('adds a feature from the searchable list and moves focus to its status', async () => {
    renderPanel(<Panel view={viewFor()} onRead={noop} />);
    expect(screen.queryByRole('group', { name: 'Night sweats' })).toBeNull();
    const input = screen.getByRole('combobox', { name: 'Add a feature' });
    fireEvent.change(input, { target: { value: 'sweat' } });
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([expect.stringContaining('Night sweats')]);
    expect(input.getAttribute('aria-activedescendant')).toBe(options[0].id);
    fireEvent.keyDown(input, { key: 'Enter' });
    const added = group('Night sweats');
    expect(within(added).getByRole('radio', { name: 'Not documented' })).toHaveProperty('checked', true);
    expect(document.activeElement).toBe(within(added).getByRole('radio', { name: 'Not documented' }));
    fireEvent.click(within(added).getByRole('radio', { name: 'Present' }));
    await settle();
    expect(screen.getByRole('heading', { name: /Red flags for spinal infection/ })).toBeTruthy();
    // A feature already shown is no longer offered.
    fireEvent.change(input, { target: { value: 'sweat' } });
    expect(screen.queryByRole('option', { name: /Night sweats/ })).toBeNull();
  });

  it('lists undocumented red flags and those to ask about, with a way to record them', async () => {
    renderPanel(<Panel view={viewFor()} onRead={noop} />);
    fireEvent.click(radio('Fever', 'Uncertain'));
    await settle();
    const screenRegion = screen.getByRole('region', { name: 'Pertinent negatives' });
    const lists = within(screenRegion).getAllByRole('list');
    expect(lists[0].textContent).toContain('Fever');
    expect(lists[1].textContent).toContain('Night sweats');
    expect(lists[1].textContent).not.toContain('Saddle anaesthesia');
    fireEvent.click(within(screenRegion).getByRole('button', { name: 'Record Night sweats' }));
    expect(group('Night sweats')).toBeTruthy();
  });

  it('shows the malignancy probability with its caveat on the malignancy card', async () => {
    renderPanel(<Panel view={viewFor()} onRead={noop} />);
    fireEvent.click(radio('History of cancer', 'Present'));
    await settle();
    const card = screen.getByRole('heading', { name: /Red flags for spinal malignancy/ }).closest('article')!;
    expect(within(card).getByText(/Probability of malignancy ≈/)).toBeTruthy();
    expect(within(card).getByText(/assumes they are independent/)).toBeTruthy();
  });

  it('shows general advice unless a critical flag fires', async () => {
    renderPanel(<Panel view={viewFor()} onRead={noop} />);
    expect(screen.getByRole('region', { name: 'General advice' })).toBeTruthy();
    fireEvent.click(radio('Saddle anaesthesia', 'Present'));
    await settle();
    expect(screen.queryByRole('region', { name: 'General advice' })).toBeNull();
  });

  it('opens reference links in a new tab without referrer, and links nowhere else', () => {
    const { container } = renderPanel(<Panel view={viewFor()} onRead={noop} />);
    const links = [...container.querySelectorAll('a')];
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      expect(a.getAttribute('href')).toMatch(/^https:\/\//);
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noreferrer noopener');
    }
    expect(container.querySelectorAll('img, iframe, script, link')).toHaveLength(0);
  });

  it('says where the text came from', () => {
    renderPanel(<Panel view={viewFor()} onRead={noop} />);
    const source = screen.getByRole('region', { name: 'Source' });
    expect(within(source).getByText('This tab’s chart')).toBeTruthy();
    expect(within(source).getByText(/ehr\.example\.org/)).toBeTruthy();
    expect(within(source).getByText("Text: textarea 'Subjective'")).toBeTruthy();
    cleanup();
    renderPanel(<Panel view={viewFor(capture({ source: 'selection', where: [] }))} onRead={noop} />);
    expect(screen.getByText('Right-clicked selection')).toBeTruthy();
  });
});

describe('hostile page text', () => {
  const hostile = '<img src=x onerror=alert(1)>';

  it('renders markup in the captured text as text, never as elements', () => {
    const c = capture({
      text: `${SHORT_NOTE} ${hostile} <script>alert(2)</script>`,
      title: hostile,
      origin: `https://ehr.example.org/${hostile}`,
      where: [{ part: 'text', label: hostile }],
    });
    const { container } = renderPanel(<Panel view={viewFor(c)} onRead={noop} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    const region = screen.getByRole('region', { name: 'Text assessed' });
    expect(region.textContent).toContain(hostile);
    expect(region.textContent).toContain('<script>alert(2)</script>');
  });

  it('renders markup as text when nothing clinical was found either', () => {
    const { container } = renderPanel(<Panel view={viewFor(capture({ text: `Hello ${hostile}` }))} onRead={noop} />);
    expect(screen.getByRole('heading', { name: 'No back-pain content found' })).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('region', { name: 'Text assessed' }).textContent).toContain(hostile);
  });
});

describe('Panel states', () => {
  it('nothing captured yet: says how to use the panel', () => {
    renderPanel(<Panel view={{ kind: 'empty' }} onRead={noop} />);
    const main = screen.getByRole('main');
    expect(within(main).getByRole('heading', { name: 'Nothing captured yet' })).toBeTruthy();
    expect(main.textContent).toMatch(/Read this page/);
    expect(main.textContent).toMatch(/right-click and choose Assess selected text/);
    expect(main.textContent).toMatch(/allowed in the extension’s options/);
  });

  it('page could not be read: gives the reason and how to allow the EHR origin', () => {
    renderPanel(<Panel view={{ kind: 'unreadable', message: 'This page cannot be read.' }} onRead={noop} />);
    const main = screen.getByRole('main');
    expect(within(main).getByRole('heading', { name: 'This page could not be read' })).toBeTruthy();
    expect(main.textContent).toContain('This page cannot be read.');
    expect(main.textContent).toMatch(/extension’s options/);
    expect(main.textContent).toMatch(/origin, such as https:\/\/ehr\.example\.org/);
  });

  it('no back-pain content: says so and shows what was read', () => {
    renderPanel(<Panel view={viewFor(capture({ text: 'Sore throat.' }))} onRead={noop} />);
    expect(screen.getByRole('heading', { name: 'No back-pain content found' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Text assessed' }).textContent).toBe('Sore throat.');
    expect(screen.queryByRole('region', { name: 'Findings' })).toBeNull();
  });

  it('"Read this page" asks for a read, and the status line is polite', () => {
    const onRead = vi.fn();
    renderPanel(<Panel view={{ kind: 'empty' }} onRead={onRead} status="Reading this page…" />);
    fireEvent.click(screen.getByRole('button', { name: 'Read this page' }));
    expect(onRead).toHaveBeenCalledTimes(1);
    const status = within(screen.getByRole('banner')).getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('Reading this page…');
  });

  it('starts over when a new capture arrives', async () => {
    const { rerender } = renderPanel(<Panel view={viewFor()} onRead={noop} />);
    fireEvent.click(radio('Saddle anaesthesia', 'Present'));
    await settle();
    expect(caudaCard()).toBeTruthy();
    rerender(<Panel view={viewFor(capture({ at: 2 }))} onRead={noop} />);
    expect(caudaCard()).toBeNull();
  });
});

describe('Panel and its engine', () => {
  /** An engine whose rules answers wait until the test releases them; assess is never called here. */
  function heldEngine(fail = false) {
    const real = inThreadEngine();
    const held: Array<() => void> = [];
    const engine: Engine = {
      assess: real.assess,
      rules: (features) =>
        new Promise((resolve, reject) => {
          held.push(() => (fail ? reject(new Error('The clinical engine stopped with an error.')) : void real.rules(features).then(resolve, reject)));
        }),
    };
    return { engine, release: () => held.splice(0).forEach((go) => go()) };
  }
  const copyButton = () => screen.getByRole('button', { name: 'Copy to note' }) as HTMLButtonElement;

  it('cannot copy the note while the findings for an edit are on their way, and can once they are back', async () => {
    const { engine, release } = heldEngine();
    renderPanel(<Panel view={viewFor()} onRead={noop} />, engine);
    expect(copyButton().disabled).toBe(false);
    fireEvent.click(radio('Saddle anaesthesia', 'Present'));
    expect(copyButton().disabled).toBe(true);
    expect(screen.getByRole('region', { name: 'Findings' }).getAttribute('aria-busy')).toBe('true');
    expect(caudaCard()).toBeNull();
    release();
    await settle();
    expect(caudaCard()).toBeTruthy();
    expect(copyButton().disabled).toBe(false);
  });

  it('keeps only the answer for the latest edit when answers are still on their way', async () => {
    const { engine, release } = heldEngine();
    renderPanel(<Panel view={viewFor()} onRead={noop} />, engine);
    fireEvent.click(radio('Saddle anaesthesia', 'Present'));
    fireEvent.click(radio('Saddle anaesthesia', 'Absent'));
    release();
    await settle();
    expect(caudaCard()).toBeNull();
    expect(copyButton().disabled).toBe(false);
  });

  it('says the findings are out of date when the engine fails, blocks copying, and can try again', async () => {
    const failing = heldEngine(true);
    renderPanel(<Panel view={viewFor()} onRead={noop} />, failing.engine);
    fireEvent.click(radio('Saddle anaesthesia', 'Present'));
    failing.release();
    await settle();
    const alert = within(screen.getByRole('region', { name: 'Findings' })).getByRole('alert');
    expect(alert.textContent).toMatch(/out of date: The clinical engine stopped with an error/);
    expect(copyButton().disabled).toBe(true);
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    failing.release();
    await settle();
    expect(screen.getByRole('alert')).toBeTruthy();
  });

  it('shows the previous capture dimmed and inert while stale, and an engine failure as a state of its own', () => {
    renderPanel(<Panel view={viewFor()} onRead={noop} stale />);
    const main = screen.getByRole('main', { hidden: true });
    expect(main.hasAttribute('inert')).toBe(true);
    expect(main.getAttribute('aria-busy')).toBe('true');
    cleanup();
    const c = capture();
    renderPanel(<Panel view={{ kind: 'failed', capture: c, text: 'x', message: 'It stopped.' }} onRead={noop} />);
    expect(screen.getByRole('heading', { name: 'This text could not be assessed' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('It stopped.');
  });
});
