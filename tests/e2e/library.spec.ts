import { test, expect } from './support/fixtures';

const SAMPLE = 'Asynchronous Learning 101';

test.describe('library through the browser host', () => {
  test('a fresh library shows the sample course first, with its badge', async ({ page, host }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(host.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Course library' })).toBeVisible();
    const cards = page.locator('.course-card');
    await expect(cards.first()).toContainText(SAMPLE);
    await expect(cards.first().getByText('Sample', { exact: true })).toBeVisible();
    await expect(cards.first()).toContainText(/\d+ lessons/);
    await expect(cards.first().locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);
    expect(errors).toEqual([]);
  });

  test('create a course, add a module and a lesson, reload: all still there', async ({ page, host }) => {
    await page.goto(host.url);
    await page.getByLabel('Course title').fill('Remote onboarding');
    await page.getByLabel('Course title').press('Enter');
    // A new course opens itself in the editor.
    await expect(page).toHaveURL(/#\/courses\/[0-9a-f-]+$/);
    const outline = page.getByRole('navigation', { name: 'Course outline' });
    await expect(outline.getByRole('heading', { name: 'Remote onboarding' })).toBeVisible();
    await outline.getByLabel('New module title').fill('Week one');
    await outline.getByRole('button', { name: 'Add module' }).click();
    await expect(outline.getByRole('heading', { level: 3, name: /Week one/ })).toBeVisible();

    await outline.getByLabel('New lesson title in Week one').fill('Meet your team');
    await outline.getByLabel('New lesson title in Week one').press('Enter');
    await outline.getByRole('link', { name: 'Meet your team' }).click();
    await expect(page.getByRole('main').getByRole('heading', { level: 1, name: 'Meet your team' })).toBeVisible();
    await expect(page).toHaveURL(/#\/courses\/[0-9a-f-]+\/lessons\/[0-9a-f-]+$/);

    await page.reload();
    await expect(page.getByRole('main').getByRole('heading', { level: 1, name: 'Meet your team' })).toBeVisible();
    await expect(outline.getByRole('heading', { level: 3, name: /Week one/ })).toBeVisible();
    await expect(outline.getByRole('link', { name: 'Meet your team' })).toHaveAttribute('aria-current', 'page');

    // Back to the library, then a full reload of the library page: the course is listed with its lesson.
    await page.getByRole('link', { name: 'Course library' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Course library' })).toBeVisible();
    await page.reload();
    const card = page.locator('.course-card', { hasText: 'Remote onboarding' });
    await expect(card).toContainText('1 lesson');
  });

  test('rename (Escape cancels), duplicate and delete with a confirmation dialog', async ({ page, host }) => {
    await page.goto(host.url);
    await page.getByLabel('Course title').fill('Draft course');
    await page.getByRole('button', { name: 'Create course' }).click();
    await expect(page.getByRole('navigation', { name: 'Course outline' })).toBeVisible();
    await page.getByRole('link', { name: 'Course library' }).click();
    await expect(page.getByRole('link', { name: 'Draft course' })).toBeVisible();

    await page.getByRole('button', { name: 'Rename Draft course' }).click();
    const field = page.getByLabel('New title for Draft course');
    await expect(field).toBeFocused();
    await field.fill('Should not stick');
    await field.press('Escape');
    await expect(page.getByRole('link', { name: 'Draft course' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Rename Draft course' })).toBeFocused();

    await page.keyboard.press('Enter');
    await page.getByLabel('New title for Draft course').fill('Final course');
    await page.getByLabel('New title for Draft course').press('Enter');
    await expect(page.getByRole('link', { name: 'Final course' })).toBeVisible();

    await page.getByRole('button', { name: 'Duplicate Final course' }).click();
    await expect(page.locator('.course-card')).toHaveCount(3);

    const deleteButton = page.getByRole('button', { name: 'Delete Final course', exact: true });
    await deleteButton.click();
    const dialog = page.getByRole('dialog', { name: 'Delete “Final course”?' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(deleteButton).toBeFocused();
    await expect(page.locator('.course-card')).toHaveCount(3);

    await deleteButton.click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete course' }).click();
    await expect(page.locator('.course-card')).toHaveCount(2);
    await expect(page.getByRole('heading', { name: /^Courses/ })).toBeFocused();
    await expect(page.locator('.toasts').getByRole('status')).toContainText('Deleted “Final course”.');
  });

  test('a change in one tab shows up in another without reloading (WebSocket events)', async ({ page, host }) => {
    await page.goto(host.url);
    const other = await page.context().newPage();
    await other.goto(host.url);
    await expect(other.getByRole('link', { name: SAMPLE })).toBeVisible();
    await page.getByLabel('Course title').fill('Seen elsewhere');
    await page.getByLabel('Course title').press('Enter');
    await expect(other.getByRole('link', { name: 'Seen elsewhere' })).toBeVisible();
    await other.close();
  });

  test('errors from the host appear in the alert region', async ({ page, host }) => {
    // A course id that does not exist: the router answers NOT_FOUND and the UI says so.
    await page.goto(`${host.url}#/courses/00000000-0000-4000-8000-000000000000`);
    await expect(page.getByRole('heading', { level: 1, name: 'This course could not be opened' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText(/not found|no course|does not exist/i);
    await page.getByRole('alert').getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.getByRole('alert')).toBeEmpty();

    // The host goes away: a write fails with a clear message instead of hanging.
    await page.getByRole('link', { name: 'Back to the course library' }).click();
    await expect(page.getByRole('link', { name: SAMPLE })).toBeVisible();
    await host.stop();
    await expect(page.getByText('Lost the connection to Coursewright. Reconnecting…')).toBeVisible();
    await page.getByLabel('Course title').fill('Offline course');
    await page.getByLabel('Course title').press('Enter');
    await expect(page.getByRole('alert')).toContainText('Cannot reach Coursewright');
    await expect(page.getByLabel('Course title')).toHaveValue('Offline course');
  });
});
