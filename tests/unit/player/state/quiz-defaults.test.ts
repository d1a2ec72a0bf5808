import { describe, expect, it } from 'vitest';
import { defaultQuizSettings, SCORM12_STATUS_MAPPINGS } from '../../../../shared';
import { DEFAULT_QUIZ_SETTINGS } from '../../../../renderer/player/state/quiz';
import { scorm12Status } from '../../../../renderer/player/lms/scorm12-adapter';

// The player repeats the model's quiz defaults (it never loads zod): pinned here to the schema's.
describe('player copies of model defaults', () => {
  it('DEFAULT_QUIZ_SETTINGS equals quizSettingsSchema defaults', () => {
    expect(DEFAULT_QUIZ_SETTINGS).toEqual(defaultQuizSettings());
  });

  it('every SCORM 1.2 mapping splits into a success word and the word before it', () => {
    for (const mapping of SCORM12_STATUS_MAPPINGS) {
      const [good] = mapping.split('-');
      expect(scorm12Status(mapping, { completion: 'completed', success: 'passed', hasQuiz: true })).toBe(good);
      expect(scorm12Status(mapping, { completion: 'incomplete', success: 'unknown', hasQuiz: true })).toBe(
        'incomplete',
      );
    }
  });
});
