import { expect, test } from './support/fixtures';
import { expectSaved, newCourseWithLesson } from './support/editor-page';

// Bug: a settings number field emptied to type a new number showed the stored value again at once ("clear, type
// 65" gave "8065"). In Chromium's own number input: emptied it stays empty, the new number is stored, an emptied
// field left shows the stored value again, an out-of-range one says so.
test('course settings: a number field can be emptied and retyped; left empty it shows the stored value', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await newCourseWithLesson(page, { course: 'Numbers', module: 'Module', lesson: 'Lesson' });
  await page.getByRole('button', { name: 'Course settings' }).click();
  const settings = page.getByRole('complementary', { name: 'Course settings' });
  const passing = settings.getByLabel('Passing score (percent)');
  const before = await passing.inputValue();

  await passing.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await expect(passing).toHaveValue('');
  await page.keyboard.type(before === '65' ? '70' : '65');
  const typed = before === '65' ? '70' : '65';
  await expect(passing).toHaveValue(typed);
  await page.keyboard.press('Tab');
  await expectSaved(page);

  // Emptied and left: the stored value comes back, with no error.
  await passing.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Tab');
  await expect(passing).toHaveValue(typed);
  await expect(settings.getByRole('alert')).toHaveCount(0);

  // Over the maximum: refused on blur, said next to the field.
  await passing.click();
  await page.keyboard.press('End');
  await page.keyboard.type('0'); // 650 or 700
  await page.keyboard.press('Tab');
  await expect(settings.getByRole('alert')).toContainText('Enter a whole number from 0 to 100');
  await expect(passing).toHaveAttribute('aria-invalid', 'true');
  await expect(passing).toHaveValue(typed);

  await page.reload();
  await page.getByRole('button', { name: 'Course settings' }).click();
  await expect(
    page.getByRole('complementary', { name: 'Course settings' }).getByLabel('Passing score (percent)'),
  ).toHaveValue(typed);
});
