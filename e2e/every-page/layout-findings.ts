// What is wrong with the layout of the page as it stands, in words: sideways scrolling (and which
// elements stick out), controls of the page header that overlap, and a Quick exit that is out of
// view or covered. Each returns a list of problems, empty when the page is fine.
// The functions run in the page bind no helpers of their own (`const f = () => …`): tsx, which
// runs the gallery, would wrap them in a `__name` call that does not exist in the page.
import type { Page } from '@playwright/test';

export async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const scrollWidth = (document.scrollingElement ?? document.documentElement).scrollWidth;
    const width = window.innerWidth;
    if (scrollWidth <= width) return [];
    // Where the overflow starts: elements past the right edge whose parent is not, and text that
    // runs out of its element (a long word, or a line that may not wrap).
    const edge = width + 1;
    const found: { element: Element; right: number; text: boolean }[] = [];
    for (const element of document.querySelectorAll('body, body *')) {
      const right = element.getBoundingClientRect().right;
      const parent = element.parentElement;
      if (right > edge && (!parent || parent.getBoundingClientRect().right <= edge))
        found.push({ element, right, text: false });
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      const right = range.getBoundingClientRect().right;
      const parent = node.parentElement;
      if (parent && right > edge && parent.getBoundingClientRect().right <= edge)
        found.push({ element: parent, right, text: true });
    }
    const sticking = found.slice(0, 3).map(({ element, right, text }) => {
      const classes = [...element.classList].slice(0, 2).map((c) => `.${c}`);
      const words = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `${element.tagName.toLowerCase()}${classes.join('')} "${words}"${text ? "'s text" : ''} to ${Math.round(right)} px`;
    });
    return [`scrolls sideways: ${scrollWidth} px of content in ${width} px (${sticking.join('; ')})`];
  });
}

/** Visible links, buttons and fields inside the page header whose boxes intersect. */
export async function overlappingHeaderControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = [
      ...document.querySelectorAll(
        ':is(header, [role=banner]) :is(a, button, select, input, summary, [role=button])',
      ),
    ]
      .filter((e) => e.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
      .map((element) => ({
        element,
        box: element.getBoundingClientRect(),
        label:
          (element.getAttribute('aria-label') ?? element.textContent ?? '')
            .trim()
            .replace(/\s+/g, ' ')
            .slice(0, 40) || element.outerHTML.slice(0, 60),
      }))
      .filter(({ box }) => box.width > 0 && box.height > 0);
    const overlaps: string[] = [];
    for (const [i, a] of controls.entries())
      for (const b of controls.slice(i + 1)) {
        if (a.element.contains(b.element) || b.element.contains(a.element)) continue;
        const apart =
          a.box.right - 1 <= b.box.left ||
          b.box.right - 1 <= a.box.left ||
          a.box.bottom - 1 <= b.box.top ||
          b.box.bottom - 1 <= a.box.top;
        if (!apart) overlaps.push(`header controls overlap: "${a.label}" and "${b.label}"`);
      }
    return overlaps;
  });
}

/** Quick exit fully in view and the topmost element at its centre, at the top and at the bottom. */
export async function quickExitFindings(page: Page): Promise<string[]> {
  const quickExit = page.getByRole('link', { name: /Quick exit/ });
  if ((await quickExit.count()) === 0) return ['no Quick exit link'];
  const problems: string[] = [];
  for (const where of ['top', 'bottom'] as const) {
    await page.evaluate((to) => {
      window.scrollTo(
        0,
        to === 'top' ? 0 : (document.scrollingElement ?? document.documentElement).scrollHeight,
      );
    }, where);
    const state = await quickExit.first().evaluate((element) => {
      const box = element.getBoundingClientRect();
      const inView = box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return { inView: inView && box.width > 0, onTop: hit !== null && element.contains(hit) };
    });
    if (!state.inView) problems.push(`Quick exit out of view at the ${where}`);
    else if (!state.onTop) problems.push(`Quick exit covered at the ${where}`);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  return problems;
}
