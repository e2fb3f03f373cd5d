/**
 * The hostile corpus in the real extension: a representative subset of the feed servers, served on 127.0.0.1, imported
 * through the options page with the same expectations as the CLI; a hostile record rendered in the real panel; and
 * the service worker killed in the middle of an import. The directory in use must survive every failure.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpus } from '../hostile/corpus';
import { closeServer, type Outcome, serveCorpus, verify } from '../hostile/run';
import { type Harness, startHarness } from './harness';
import { expectDirectoryUnchanged, startSlowChangedImport } from './interrupted-import';
import { OptionsPage } from './pages/options-page';

const IMPORTED = 817;
// Cases whose outcome does not depend on the (shrunken) limits the CLI runs them under.
const SUBSET = [
  'a connection reset mid-body',
  'a Content-Length longer than the body',
  'a redirect loop',
  'answers 503',
  'an HTML login page',
  'JSON cut short',
  'page 2 answers 500',
  'page 3 resets the connection',
  '3.0 page 2 with contents:null keeps page 1',
  'v1 last:false without totalPages keeps going',
  'a page number that goes backwards',
  'a next link back to page 1',
];

/** The options page's status line, read back into the corpus's outcome shape. */
function outcomeOf(text: string): Outcome {
  const imported = /^Imported (\d+) services/.exec(text);
  if (!imported) return { ok: false, error: text, rejected: [], problems: [] };
  const stopped = /The feed was not read to the end: (.*)\.$/.exec(text)?.[1];
  return { ok: true, services: Number(imported[1]), stopped, rejected: [], problems: [] };
}

/** Imports `url` from the open options page and waits for this import's own outcome, not the last one's. */
async function importFresh(options: OptionsPage, url: string): Promise<string> {
  const status = options.page.getByRole('status');
  const before = (await status.count()) ? await status.textContent() : '';
  await options.page.getByLabel('Directory feed address').fill(url);
  await options.page.getByRole('button', { name: 'Save and import' }).click();
  await expect
    .poll(
      async () => {
        const text = (await status.count()) ? ((await status.textContent()) ?? '') : '';
        return text !== before && !/Importing/.test(text) ? text : '';
      },
      { timeout: 60_000 },
    )
    .not.toBe('');
  return (await status.textContent()) ?? '';
}

const SAFE_HREF = /^(https?:\/\/[^@/]+\/|mailto:[^?&@]+@[^?&@]+$|tel:\+?\d+$|#|chrome-extension:\/\/)/;

describe('hostile feeds in real Chromium', () => {
  let h: Harness;
  let corpusServer: Awaited<ReturnType<typeof serveCorpus>>;
  let bristol: unknown[];
  beforeAll(async () => {
    corpusServer = await serveCorpus(corpus);
    h = await startHarness();
    bristol = h.server.services;
    expect(await h.importDemoFeed()).toBe(`Imported ${IMPORTED} services; 2 records skipped.`);
  });
  afterAll(async () => {
    await h?.close();
    if (corpusServer) await closeServer(corpusServer.server);
  });

  it('ends every case of the subset as the CLI does, keeping the directory on each failure', async () => {
    const cases = SUBSET.map((name) => {
      const index = corpus.findIndex((c) => c.name === name);
      expect(index, name).toBeGreaterThanOrEqual(0);
      return { c: corpus[index] as (typeof corpus)[number], index };
    });
    // Failures first, so the Bristol directory is still the one in use when they are checked.
    cases.sort((a, b) => Number(a.c.expect.ok) - Number(b.c.expect.ok));
    const options = new OptionsPage(await h.ext.openExtensionPage('options.html'));
    let checked = false;
    for (const { c, index } of cases) {
      // After the last failure (before the first case that imports), the Bristol directory must be whole.
      if (c.expect.ok && !checked) {
        checked = true;
        const panel = await h.openPanelTab();
        await panel.search('');
        expect(await panel.resultCount(), 'the directory survived every failure').toMatch(/817/);
        expect(await panel.directoryText()).toMatch(/Still using the directory saved on \d+ \w+ \d{4}\./);
        await panel.page.close();
      }
      verify(c, outcomeOf(await importFresh(options, corpusServer.urlOf(index))));
    }
    await options.page.close();
  }, 240_000);

  it('shows a hostile record as text: no script runs and no unsafe link is drawn', async () => {
    h.server.services = [
      {
        id: 'x1',
        name: 'Hostile club <img src=x onerror="window.__pwned=1">',
        description:
          '<script>window.__pwned=2</script><b onmouseover="window.__pwned=3">Tea</b> <a href="javascript:window.__pwned=4">click</a> &lt;img src=x onerror=window.__pwned=6&gt;',
        url: 'javascript:window.__pwned=5',
        email: 'help@example.org?cc=spy@evil.example',
        contacts: [{ phones: [{ number: 'javascript:alert(1)' }, { number: '0117 496 0000' }] }],
      },
      { id: 'x2', name: 'Hostile walk group', url: 'https://trusted.example@evil.example/', email: 'walk@example.org' },
      { id: 'x3', name: '\u200E\u200F\u00AD', description: 'A name of invisible characters' },
    ];
    const panel = await h.openPanelTab();
    await h.importDemoFeed();
    await panel.page.reload();
    await panel.search('hostile');
    expect(await panel.resultNames()).toHaveLength(2);
    for (const name of ['Hostile club', 'Hostile walk group']) {
      const card = panel.page.getByRole('article', { name: new RegExp(name) });
      await card.getByRole('button', { name: new RegExp(name) }).click();
    }
    const list = panel.page.getByRole('list', { name: 'Services' });
    await list.getByText('Tea click <img src=x onerror=window.__pwned=6>').waitFor();
    // Refused at import as field problems, so never drawn at all.
    expect(await list.textContent()).not.toMatch(/spy@evil|evil\.example|window\.__pwned=[1-5]/);
    expect(await list.locator('script, img, iframe, [onerror], [onmouseover]').count()).toBe(0);
    const hrefs = await panel.page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.filter((href) => !SAFE_HREF.test(href ?? ''))).toEqual([]);
    expect(hrefs).toContain('tel:01174960000');
    expect(hrefs).toContain('mailto:walk@example.org');
    expect(await panel.page.evaluate(() => (window as unknown as Record<string, unknown>).__pwned)).toBeUndefined();
    await panel.page.close();
  });

  it('keeps the previous directory whole when the service worker is killed mid-import', async () => {
    h.server.services = bristol;
    h.server.requests.length = 0;
    expect(await h.importDemoFeed()).toBe(`Imported ${IMPORTED} services; 2 records skipped.`);
    // The thin records' details are fetched in the background from the services served now: let them finish first,
    // so the renamed feed below reaches the directory only through the import under test.
    await expect
      .poll(() => h.server.requests.filter((r) => /^\/services\/[^?]/.test(r)).length, { timeout: 90_000 })
      .toBe(IMPORTED);
    const panel = await h.openPanelTab();
    await panel.search('');
    const before = await panel.resultCount();
    await startSlowChangedImport(h, panel);
    const session = await h.ext.browser.newBrowserCDPSession();
    const { targetInfos } = (await session.send('Target.getTargets')) as {
      targetInfos: { targetId: string; type: string; url: string }[];
    };
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(h.ext.extensionId));
    expect(worker).toBeDefined();
    expect(await session.send('Target.closeTarget', { targetId: worker?.targetId ?? '' })).toEqual({ success: true });
    await session.detach();
    // The worker is gone: within three more page delays at most the one page already asked for arrives, no more.
    const asked = h.server.requests.length;
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(h.server.requests.length).toBeLessThanOrEqual(asked + 1);
    // No later refresh may succeed and replace the directory: the check is of what the kill left behind.
    h.server.delayMs = 0;
    h.server.failWith = 0;
    await panel.page.close();
    const reopened = await h.openPanelTab();
    await expectDirectoryUnchanged(reopened, before);
    await reopened.page.close();
    h.server.failWith = undefined;
  }, 180_000);
});
