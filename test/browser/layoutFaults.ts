/**
 * What a reader would see as broken layout, measured with the DOM of the page on screen: the page
 * scrolling sideways; text that runs out of its box (an element whose content is wider or taller
 * than the box that holds it, outside the boxes that scroll on purpose: tables, code, charts); and
 * controls or headings that overlap one another where both are shown. An element is measured as far
 * as the boxes around it show it (a scrolled list of contents clips its links), and only against
 * elements of its own layer: a menu, a sticky bar or a tooltip lies over the page by design.
 * Visually hidden text (the screen readers' labels) is left out. Each fault is one line naming the
 * element by its text.
 */
import type { Page } from 'playwright-core';

export async function layoutFaults(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const faults: string[] = [];
    const name = (element: Element) => `${element.tagName.toLowerCase()} "${(element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}"`;
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) faults.push(`the page scrolls sideways: ${root.scrollWidth} px in ${root.clientWidth}`);

    const hidden = (element: Element): boolean => {
      // A closed <details> keeps its content's boxes in Chromium but shows only its summary.
      const closed = element.closest('details:not([open])');
      if (closed && !element.closest('summary')?.parentElement?.isSameNode(closed)) return true;
      for (let node: Element | null = element; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.display === 'none' || style.visibility === 'hidden' || node.classList.contains('visually-hidden')) return true;
        if (style.position === 'absolute' && style.clip.startsWith('rect(')) return true;
      }
      return false;
    };
    const inScrollBox = (element: Element): boolean => {
      for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (/(auto|scroll)/.test(style.overflowX) || node.matches('.table-box, pre, canvas, svg')) return true;
      }
      return false;
    };
    const texts = document.querySelectorAll<HTMLElement>('button, a, label, legend, summary, h1, h2, h3, h4, th, td, p, li, dt, dd, option, select, .callout');
    for (const element of texts) {
      if (hidden(element) || inScrollBox(element)) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const style = getComputedStyle(element);
      if (style.display === 'inline') continue;
      if (/(auto|scroll)/.test(style.overflowX)) continue;
      if (element.scrollWidth > element.clientWidth + 2) faults.push(`${name(element)} runs out of its box: ${element.scrollWidth} px in ${element.clientWidth}`);
      if (box.right > root.clientWidth + 1) faults.push(`${name(element)} runs off the screen at ${Math.round(box.right)} px`);
    }

    type Rect = { left: number; top: number; right: number; bottom: number };
    /** The parts of an element the boxes around it show (those that clip or scroll): one per line of an inline element. */
    const shownRects = (element: Element): Rect[] => {
      const rects = [...element.getClientRects()].map((box) => ({ left: box.left, top: box.top, right: box.right, bottom: box.bottom }));
      for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const clip = node.getBoundingClientRect();
        for (const rect of rects) Object.assign(rect, { left: Math.max(rect.left, clip.left), top: Math.max(rect.top, clip.top), right: Math.min(rect.right, clip.right), bottom: Math.min(rect.bottom, clip.bottom) });
      }
      return rects.filter((rect) => rect.right - rect.left > 0 && rect.bottom - rect.top > 0);
    };
    /** The nearest box laid over the page (a menu, a sticky bar, a tooltip) the element belongs to, or the page. */
    const layerOf = (element: Element): Element | null => {
      for (let node: Element | null = element; node && node !== document.body; node = node.parentElement) {
        if (/^(absolute|fixed|sticky)$/.test(getComputedStyle(node).position)) return node;
      }
      return null;
    };
    const controls = [...document.querySelectorAll<HTMLElement>('button, a, input, select, label, h1, h2, h3, summary')]
      .filter((element) => !hidden(element))
      .map((element) => ({ element, rects: shownRects(element), layer: layerOf(element) }))
      .filter((control) => control.rects.length > 0);
    for (let one = 0; one < controls.length; one++) {
      for (let other = one + 1; other < controls.length; other++) {
        const [a, b] = [controls[one], controls[other]];
        if (a.layer !== b.layer || a.element.contains(b.element) || b.element.contains(a.element)) continue;
        const labels = (label: Element, control: Element) => label instanceof HTMLLabelElement && label.control === control;
        if (labels(a.element, b.element) || labels(b.element, a.element)) continue;
        for (const p of a.rects) {
          for (const q of b.rects) {
            const width = Math.min(p.right, q.right) - Math.max(p.left, q.left);
            const height = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
            if (width > 2 && height > 2) faults.push(`${name(a.element)} overlaps ${name(b.element)} by ${Math.round(width)}×${Math.round(height)} px`);
          }
        }
      }
    }
    return faults;
  });
}
