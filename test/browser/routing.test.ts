/**
 * Routes as a visitor meets them: each view opens at its own address; a wrong address opens the
 * home page with a note saying what was ignored; the navigation moves between views without
 * reloading the page, and back and forward retrace the way; links stay real links. The model's
 * documentation shows its headings, contents and reference tables, and nothing in it can run.
 * No view ever asks another origin for anything.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { MODEL_VERSION } from '../../src/sim/index.ts';
import { t } from '../../src/app/i18n/t.ts';
import { launchChromium } from '../setup/chromium.ts';
import { offOrigin, openApp, openView, waitForRun } from './harness.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const navLink = (page: Page, name: string) => page.getByRole('navigation', { name: t('nav.label') }).getByRole('link', { name, exact: true });

async function shownView(page: Page): Promise<string | null> {
  return page.getAttribute('main', 'data-view');
}

/** True while the page is the one first loaded: a reload would lose the mark. */
function sameDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __routingMark?: boolean }).__routingMark === true);
}

async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top >= -1 && box.top < window.innerHeight;
  });
}

describe('routes', () => {
  it('open the home page at the bare address, running nothing', async () => {
    const opened = await openApp(browser);
    await opened.page.waitForSelector('main[data-view="home"] h1');
    expect(await opened.page.locator('h1').innerText()).toBe(t('home.heading'));
    expect(await opened.page.title()).toBe(t('page.home.title'));
    await opened.page.waitForTimeout(300);
    expect(opened.requests.some((url) => /shard\.worker/.test(url))).toBe(false);
    expect(await opened.page.locator('[data-status]').count()).toBe(0);
    expect(opened.pageErrors).toEqual([]);
    expect(opened.consoleErrors).toEqual([]);
    await opened.close();
  });

  it('open the sandbox at ?view=sandbox and run it there', async () => {
    const opened = await openView(browser, 'sandbox');
    await waitForRun(opened.page);
    expect(await shownView(opened.page)).toBe('sandbox');
    expect(await opened.page.title()).toBe(t('page.sandbox.title'));
    expect(await navLink(opened.page, t('nav.sandbox')).getAttribute('aria-current')).toBe('page');
    await opened.close();
  });

  it('open the model documentation at ?view=model', async () => {
    const opened = await openView(browser, 'model');
    await opened.page.waitForSelector('article h1');
    expect(await opened.page.title()).toBe(t('page.model.title'));
    expect(await opened.page.locator('h1').innerText()).toBe('The Retention Lab model');
    expect(opened.pageErrors).toEqual([]);
    expect(opened.consoleErrors).toEqual([]);
    await opened.close();
  });

  it('open the home page with a note when the view is unknown, and the note can be dismissed', async () => {
    const opened = await openApp(browser, { query: '?view=charts' });
    await opened.page.waitForSelector('main[data-view="home"] h1');
    const note = opened.page.getByRole('status').filter({ hasText: 'view=charts' });
    expect(await note.innerText()).toContain(t('url.view.unknown', { value: 'charts' }));
    await opened.page.getByRole('button', { name: t('notes.dismissLabel') }).click();
    expect(await note.count()).toBe(0);
    expect(await shownView(opened.page)).toBe('home');
    await opened.close();
  });

  it('open home with a note when a link names a scenario that does not exist', async () => {
    const opened = await openApp(browser, { query: '?scenario=bonus-bank' });
    await opened.page.waitForSelector('main[data-view="home"] h1');
    expect(await opened.page.locator('.notes').innerText()).toContain(t('url.scenario.unknown', { value: 'bonus-bank' }));
    await opened.close();
  });
});

describe('navigation', () => {
  it('moves between views without reloading, and back and forward retrace the way', async () => {
    const opened = await openApp(browser);
    const { page } = opened;
    await page.waitForSelector('main[data-view="home"] h1');
    await page.evaluate(() => ((window as unknown as { __routingMark: boolean }).__routingMark = true));

    await navLink(page, t('nav.model')).click();
    await page.waitForSelector('article h1');
    expect(new URL(page.url()).search).toBe('?view=model');
    expect(await page.title()).toBe(t('page.model.title'));

    await navLink(page, t('nav.sandbox')).click();
    await waitForRun(page);
    // The sandbox writes its state after the view (here only the model version: all defaults).
    await expect.poll(() => new URL(page.url()).search).toBe(`?view=sandbox&v=${MODEL_VERSION}`);

    await page.goBack();
    await page.waitForSelector('main[data-view="model"] article h1');
    expect(new URL(page.url()).search).toBe('?view=model');
    await page.goBack();
    await page.waitForSelector('main[data-view="home"] h1');
    expect(new URL(page.url()).search).toBe('');
    await page.goForward();
    await page.waitForSelector('main[data-view="model"] article h1');
    expect(await page.title()).toBe(t('page.model.title'));

    expect(await sameDocument(page)).toBe(true);
    expect(opened.pageErrors).toEqual([]);
    await opened.close();
  });

  it('goes from the home page’s cards to the sandbox and to the model', async () => {
    const opened = await openApp(browser);
    const { page } = opened;
    await page.getByRole('link', { name: t('home.model.action') }).click();
    await page.waitForSelector('article h1');
    await page.goBack();
    await page.getByRole('link', { name: t('home.sandbox.action') }).click();
    await waitForRun(page);
    expect(await shownView(page)).toBe('sandbox');
    await opened.close();
  });

  it('uses real links, so a view also opens in a new tab, at the same sub-path', async () => {
    const opened = await openApp(browser, { subpath: true });
    const { page, context } = opened;
    const link = navLink(page, t('nav.model'));
    expect(await link.getAttribute('href')).toBe('/courses/retention-lab/?view=model');
    const [tab] = await Promise.all([context.waitForEvent('page'), link.click({ modifiers: ['Control'] })]);
    await tab.waitForSelector('article h1');
    expect(new URL(tab.url()).search).toBe('?view=model');
    expect(await shownView(page)).toBe('home');
    await opened.close();
  });

  it('starts the new view at its top with the focus on the main region', async () => {
    const opened = await openView(browser, 'model');
    const { page } = opened;
    await page.waitForSelector('article h1');
    await page.evaluate(() => window.scrollTo(0, 3000));
    await navLink(page, t('nav.home')).click();
    await page.waitForSelector('main[data-view="home"] h1');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    await opened.close();
  });

  it('says so when a view cannot be loaded, and loads it when asked again', async () => {
    const opened = await openApp(browser, { prepare: (page) => page.route('**/ModelView-*.js', (route) => route.abort()) });
    const { page } = opened;
    await navLink(page, t('nav.model')).click();
    expect(await page.getByRole('alert').innerText()).toContain(t('view.loadFailed'));
    await page.unroute('**/ModelView-*.js');
    await page.getByRole('button', { name: t('view.retry') }).click();
    await page.waitForSelector('article h1');
    expect(opened.pageErrors).toEqual([]);
    await opened.close();
  });

  it('loads a view asked for again even where the browser keeps a failed import, reloading at the same address', async () => {
    // The chunk is refused for as long as the first page lives, as a browser that keeps a failed
    // import answers every later import of it without asking the server.
    // Pages are counted by their document requests: a reloaded page asks for the view's chunk
    // before its load event.
    let loads = 0;
    let refused = 0;
    const opened = await openApp(browser, {
      prepare: async (page) => {
        page.on('request', (request) => {
          if (request.isNavigationRequest() && request.frame() === page.mainFrame()) loads++;
        });
        await page.route('**/ModelView-*.js', (route) => (loads < 2 ? (refused++, route.abort()) : route.continue()));
      },
    });
    const { page } = opened;
    await navLink(page, t('nav.model')).click();
    expect(await page.getByRole('alert').innerText()).toContain(t('view.loadFailed'));
    await page.getByRole('button', { name: t('view.retry') }).click();
    await page.waitForSelector('article h1');
    // Refused at least once on the first page (whether the retry asks the server again or the
    // browser answers it from the kept failure depends on the engine and the chunks' layout);
    // the second page, the reload, gets it.
    expect(refused).toBeGreaterThanOrEqual(1);
    expect(loads).toBe(2);
    expect(new URL(page.url()).search).toBe('?view=model');
    expect(await page.locator('h1').innerText()).toBe('The Retention Lab model');
    await opened.close();
  });

  it('asks no other origin for anything on any view', async () => {
    const opened = await openApp(browser);
    const { page } = opened;
    await page.waitForSelector('main[data-view="home"] h1');
    await navLink(page, t('nav.model')).click();
    await page.waitForSelector('article h1');
    await navLink(page, t('nav.sandbox')).click();
    await waitForRun(page);
    await page.waitForTimeout(300);
    expect(opened.requests.some((url) => /shard\.worker/.test(url))).toBe(true);
    expect(offOrigin(opened.requests)).toEqual([]);
    expect(opened.failedResponses).toEqual([]);
    await opened.close();
  });
});

describe('the model view', () => {
  it('shows the headings, a table of contents and the parameter reference table', async () => {
    const opened = await openView(browser, 'model');
    const { page } = opened;
    await page.waitForSelector('article h1');
    const sections = await page.locator('article h2').allInnerTexts();
    expect(sections).toContain('Parameter reference');
    expect(sections.length).toBeGreaterThan(15);
    const contents = page.getByRole('navigation', { name: t('model.contents') });
    expect(await contents.getByRole('link').count()).toBeGreaterThan(sections.length);

    const table = page.getByRole('region', { name: t('model.table', { section: 'Bonus bank' }) });
    expect(await table.locator('th').allInnerTexts()).toEqual(['Parameter', 'Meaning', 'Unit', 'Default', 'Range', 'Source']);
    expect(await table.locator('td code').first().innerText()).toMatch(/^bonusBank\./);
    await opened.close();
  });

  it('has a target for every link to an anchor, and a click on one brings that heading into view', async () => {
    const opened = await openView(browser, 'model');
    const { page } = opened;
    await page.waitForSelector('article h1');
    const missing = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="#"]')]
        .map((link) => decodeURIComponent(link.hash.slice(1)))
        .filter((id) => !document.getElementById(id)),
    );
    expect(missing).toEqual([]);
    await page.locator('article a[href="#parameter-reference"]').first().click();
    expect(await inViewport(page, '#parameter-reference')).toBe(true);
    expect(new URL(page.url()).search).toBe('?view=model');
    await opened.close();
  });

  it('opens at the heading named in the address', async () => {
    const opened = await openApp(browser, { query: '?view=model#parameter-reference' });
    await opened.page.waitForSelector('#parameter-reference');
    await expect.poll(() => inViewport(opened.page, '#parameter-reference')).toBe(true);
    await opened.close();
  });

  it('contains no script, handler or javascript: link, even when the Markdown holds them', async () => {
    const hostile = [
      '<script>window.__pwned = 1</script>',
      '<p id="hostile" onclick="window.__pwned = 2">hostile paragraph</p>',
      '<img src="data:," onerror="window.__pwned = 3" alt="">',
      '[hostile link](javascript:window.__pwned=4)',
      '<iframe srcdoc="<script>parent.__pwned = 5</script>"></iframe>',
    ];
    const opened = await openView(browser, 'model', {
      prepare: (page) =>
        page.route('**/ModelView-*.js', async (route) => {
          const response = await route.fetch();
          const body = await response.text();
          const title = '# The Retention Lab model';
          // The Markdown is a string in the chunk: a template literal with real line breaks, or a quoted one.
          const newline = body.includes(`${title}\n`) ? '\n' : '\\n';
          const injected = body.replace(title, [title, '', ...hostile.flatMap((line) => [line, ''])].join(newline));
          expect(injected).not.toBe(body);
          await route.fulfill({ response, body: injected });
        }),
    });
    const { page } = opened;
    await page.waitForSelector('article h1');
    expect(await page.locator('article').innerText()).toContain('hostile paragraph');
    await page.locator('#hostile').click();
    const found = await page.evaluate(() => {
      const article = document.querySelector('article');
      const elements = [...(article?.querySelectorAll('*') ?? [])];
      return {
        scripts: article?.querySelectorAll('script, iframe, object, embed').length ?? -1,
        handlers: elements.flatMap((element) => element.getAttributeNames().filter((name) => name.startsWith('on'))),
        javascriptLinks: elements.filter((element) => /^\s*javascript:/i.test(element.getAttribute('href') ?? '')).length,
        pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
      };
    });
    expect(found).toEqual({ scripts: 0, handlers: [], javascriptLinks: 0, pwned: null });
    expect(opened.pageErrors).toEqual([]);
    await opened.close();
  });

  it('keeps wide tables and formulas inside their own boxes on a phone', async () => {
    const opened = await openView(browser, 'model', { viewport: { width: 360, height: 740 } });
    const { page } = opened;
    await page.waitForSelector('article h1');
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
      boxes: [...document.querySelectorAll<HTMLElement>('.table-box, article pre')].map((box) => box.scrollWidth > box.clientWidth).filter(Boolean).length,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    expect(widths.boxes).toBeGreaterThan(0); // some do scroll, inside themselves
    await opened.close();
  });
});

describe('the first load', () => {
  it('loads the model documentation and the sandbox only when they are opened', async () => {
    const opened = await openApp(browser);
    const { page } = opened;
    await page.waitForSelector('main[data-view="home"] h1');
    await page.waitForTimeout(300);
    const scripts = () => opened.requests.filter((url) => new URL(url).pathname.endsWith('.js'));
    const first = scripts();
    expect(first.filter((url) => /(ModelView|SandboxView|RunView|shard\.worker)/.test(url))).toEqual([]);
    await navLink(page, t('nav.model')).click();
    await page.waitForSelector('article h1');
    expect(scripts().length).toBeGreaterThan(first.length);
    await opened.close();
  });
});
