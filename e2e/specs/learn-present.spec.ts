import type { Page } from '@playwright/test';
import { expect, expectAccessible, hydrated, test, useTheme } from '../support/fixtures';

const TALK = '/srecon23-emea/symptom-based-alerting-for-ml/';
const DECK = `/present${TALK}`;

/** The h2 texts of the talk, in order: slide k (k ≥ 2) shows section k − 2. */
async function sectionTitles(page: Page): Promise<string[]> {
  return page.locator('[data-slides] h2').evaluateAll((hs) => hs.map((h) => (h.textContent ?? '').trim()));
}

/** The h2 headings visible on the current slide. */
const visibleSectionHeadings = (page: Page) => page.locator('[data-slides] h2:visible');

async function expectSlide(page: Page, slide: number, titles: string[]) {
  const count = titles.length + 1;
  await expect(page.locator('[data-counter]')).toContainText(`Slide ${slide} of ${count}`);
  if (slide === 1) {
    await expect(page.locator('#present-title')).toBeVisible();
    await expect(visibleSectionHeadings(page)).toHaveCount(0);
  } else {
    await expect(visibleSectionHeadings(page)).toHaveText([titles[slide - 2] as string]);
  }
  const search = new URL(page.url()).searchParams.get('slide');
  expect(search).toBe(slide === 1 ? null : String(slide));
}

test('the talk header links to presentation mode', async ({ page }) => {
  await page.goto(TALK);
  await page.getByRole('link', { name: 'Present this talk' }).click();
  await expect(page).toHaveURL(new RegExp(`${DECK}$`));
  await expect(page.locator('[data-counter]')).toContainText('Slide 1 of');
});

test('keyboard moves through the slides and the URL follows', async ({ page }) => {
  await page.goto(DECK);
  const titles = await sectionTitles(page);
  expect(titles.length).toBeGreaterThan(5);
  await expectSlide(page, 1, titles);
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 2, titles);
  await page.keyboard.press('PageDown');
  await expectSlide(page, 3, titles);
  await page.keyboard.press('PageUp');
  await expectSlide(page, 2, titles);
  await page.keyboard.press('ArrowLeft');
  await expectSlide(page, 1, titles);
  await page.keyboard.press('ArrowLeft');
  await expectSlide(page, 1, titles);
  await page.keyboard.press('End');
  await expectSlide(page, titles.length + 1, titles);
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, titles.length + 1, titles);
  await page.keyboard.press('Home');
  await expectSlide(page, 1, titles);
  await page.getByRole('button', { name: 'Next slide' }).click();
  await expectSlide(page, 2, titles);
});

test('a slide link opens that slide, and reload keeps it', async ({ page }) => {
  await page.goto(`${DECK}?slide=4`);
  const titles = await sectionTitles(page);
  await expectSlide(page, 4, titles);
  await page.keyboard.press('ArrowRight');
  await page.reload();
  await expectSlide(page, 5, titles);
});

test('bad slide numbers fall back or clamp with a visible notice', async ({ page }) => {
  await page.goto(`${DECK}?slide=banana`);
  const titles = await sectionTitles(page);
  await expect(page.locator('[data-counter]')).toContainText(`Slide 1 of ${titles.length + 1}`);
  await expect(page.getByRole('status').filter({ hasText: '“banana” is not a slide number' })).toBeVisible();

  await page.goto(`${DECK}?slide=999`);
  await expectSlide(page, titles.length + 1, titles);
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: `There is no slide 999; showing the last slide, ${titles.length + 1}.` }),
  ).toBeVisible();
});

test('a #section link opens the slide holding that section', async ({ page }) => {
  await page.goto(`${DECK}#discuss`);
  await expect(visibleSectionHeadings(page)).toHaveText(['Discuss']);
});

test('a malformed or unknown #fragment opens the first slide without errors', async ({ page }) => {
  for (const hash of ['#%E0%A4%A', '#no-such-section']) {
    await page.goto(`${DECK}${hash}`);
    await expect(page.locator('[data-counter]')).toContainText('Slide 1 of');
  }
});

test('N toggles presenter notes with the Discuss questions; Esc closes them, then leaves', async ({ page }) => {
  await page.goto(TALK);
  const questions = await page.locator('h2#discuss').locator('xpath=following::ol[1]/li').count();
  expect(questions).toBeGreaterThan(0);

  await page.goto(`${DECK}?slide=3`);
  const notes = page.getByRole('complementary', { name: 'Presenter notes' });
  await expect(notes).toBeHidden();
  await page.keyboard.press('n');
  await expect(notes).toBeVisible();
  await expect(notes.locator('li')).toHaveCount(questions);
  await expect(page.getByRole('button', { name: 'Notes' })).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(notes).toBeHidden();
  const titles = await sectionTitles(page);
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(new RegExp(`${TALK}#`));
  const hash = decodeURIComponent(new URL(page.url()).hash.slice(1));
  await expect(page.locator(`h2[id="${hash}"]`)).toHaveText(titles[1] as string);
});

test('the Exit link returns to the section on screen', async ({ page }) => {
  await page.goto(`${DECK}?slide=3`);
  const titles = await sectionTitles(page);
  await page.getByRole('link', { name: 'Exit presentation mode (Esc)' }).click();
  await expect(page).toHaveURL(new RegExp(`${TALK}#`));
  const hash = decodeURIComponent(new URL(page.url()).hash.slice(1));
  await expect(page.locator(`h2[id="${hash}"]`)).toHaveText(titles[1] as string);
});

test('F asks for full screen (and explains when the browser refuses)', async ({ page }) => {
  await page.goto(DECK);
  await page.keyboard.press('f');
  // Headless Chromium may grant or refuse; either the button reflects it or a notice explains.
  await expect
    .poll(async () => {
      const pressed = await page.getByRole('button', { name: 'Full screen' }).getAttribute('aria-pressed');
      const notice = await page.locator('[data-notice]').textContent();
      return pressed === 'true' || /Full screen is not available/.test(notice ?? '');
    })
    .toBe(true);
});

test('arrow keys inside a form field do not change the slide', async ({ page }) => {
  await page.goto(DECK);
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.setAttribute('aria-label', 'test field');
    document.querySelector('[data-title-slide]')?.append(input);
    input.focus();
  });
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-counter]')).toContainText('Slide 1 of');
});

const DECKS = [
  'ebpf-superpowers-for-sre',
  'symptom-based-alerting-for-ml',
  'reliability-enhancing-procedures',
  'quic-http3-mapping-vs-encapsulation',
  'deploying-and-debugging-http3',
].map((talk) => `/present/srecon23-emea/${talk}/`);

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
] as const) {
  for (const deck of DECKS) {
    test(`no slide of ${deck} overflows sideways at ${width}×${height}; long slides scroll inside the slide`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await page.goto(deck);
      const count = Number((await page.locator('[data-counter]').textContent())?.match(/of (\d+)/)?.[1]);
      expect(count).toBeGreaterThan(5);
      for (let slide = 1; slide <= count; slide++) {
        const m = await page.evaluate(() => {
          const stage = document.querySelector('[data-stage]') as HTMLElement;
          const deck = document.querySelector('[data-present]') as HTMLElement;
          const box = deck.getBoundingClientRect();
          return {
            pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
            stageOverflow: stage.scrollWidth - stage.clientWidth,
            fitsOrScrolls: stage.scrollHeight <= stage.clientHeight + 1 || getComputedStyle(stage).overflowY === 'auto',
            deckInViewport:
              box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight + 1 && box.right <= innerWidth + 1,
          };
        });
        expect(m, `slide ${slide}`).toEqual({
          pageOverflow: 0,
          stageOverflow: 0,
          fitsOrScrolls: true,
          deckInViewport: true,
        });
        await page.keyboard.press('ArrowRight');
      }
    });
  }
}

test('islands on the "Try it" slide hydrate there, and a widget link from the deck reopens that slide and state', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const deck = '/present/srecon23-emea/deploying-and-debugging-http3/';
  await page.goto(`${deck}#try-it`);
  await expect(visibleSectionHeadings(page)).toHaveText(['Try it']);
  const slide = new URL(page.url()).searchParams.get('slide');
  const widget = page.locator('[data-slides] .cn-widget').filter({ has: page.getByLabel(/Alt-Svc header value/) });
  await hydrated(widget);
  await widget.getByLabel(/Alt-Svc header value/).fill('h3=":8443"; ma=60, h2=":443"');
  await expect(widget.locator('[data-metric="as-alternatives"]')).toHaveAttribute('data-value', '2');
  await widget.getByRole('button', { name: /Copy link/ }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).searchParams.get('slide')).toBe(slide);

  const second = await context.newPage();
  await second.goto(copied);
  await expect(second.locator('[data-slides] h2:visible')).toHaveText(['Try it']);
  const reopened = second
    .locator('[data-slides] .cn-widget')
    .filter({ has: second.getByLabel(/Alt-Svc header value/) });
  await hydrated(reopened);
  await expect(reopened.getByLabel(/Alt-Svc header value/)).toHaveValue('h3=":8443"; ma=60, h2=":443"');
  await expect(reopened.locator('[data-metric="as-port-0"]')).toHaveAttribute('data-value', '8443');
  await expect(reopened.locator('[data-metric="as-ma-0"]')).toHaveAttribute('data-value', '60');
});

for (const theme of ['light', 'dark'] as const) {
  test(`presentation mode is accessible in ${theme} mode`, async ({ page }) => {
    await useTheme(page, theme);
    await page.goto(`${DECK}?slide=3`);
    await expect(page.locator('[data-counter]')).toContainText('Slide 3');
    await expectAccessible(page, `present ${theme}`);
    await page.keyboard.press('n');
    await expectAccessible(page, `present notes ${theme}`);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the deck reads as one page with every section', async ({ page }) => {
    await page.goto(DECK);
    await expect(page.getByRole('link', { name: 'Back to the page' })).toBeVisible();
    expect(await page.locator('[data-slides] h2:visible').count()).toBeGreaterThan(5);
  });
});
