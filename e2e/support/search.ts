import type { Locator, Page } from '@playwright/test';

/** Opens the site search (Pagefind) from the header, types `query`, and returns the dialog. */
export async function searchFor(page: Page, query: string): Promise<Locator> {
  await page
    .getByRole('button', { name: /search/i })
    .first()
    .click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Search' }).fill(query);
  return dialog;
}
