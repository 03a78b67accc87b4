import { describe, expect, it } from 'vitest';
import { requiredText, wholeNumber } from '@/lib/validation/fields';
import { label, readTranslatable, translatable, translateMessage } from './translatable';
import { translatorFor } from './translator';

describe('a translatable message', () => {
  it('carries its key and placeholders, and reads back as it was made', () => {
    expect(translatable('errors.action.saved')).toBe('i18n:errors.action.saved');
    expect(readTranslatable(translatable('errors.action.saved'))).toEqual({ key: 'errors.action.saved', params: {} });
    const message = translatable('validation.field.tooLong', { label: label('reason'), max: 1000 });
    expect(readTranslatable(message)).toEqual({
      key: 'validation.field.tooLong',
      params: { label: 'i18n:validation.labels.reason', max: 1000 },
    });
  });

  it('leaves plain text and a malformed reference alone', () => {
    expect(readTranslatable('Already there.')).toBeNull();
    expect(readTranslatable('i18n:validation.field.required {not json')).toBeNull();
    expect(readTranslatable('i18n:validation.field.required [1]')).toBeNull();
    const t = () => 'never called';
    expect(translateMessage('Already there.', t, 'en')).toBe('Already there.');
  });

  it('is translated with its label, in English exactly as the forms always said it', () => {
    const english = translatorFor('en');
    expect(english(translatable('validation.field.required', { label: label('reason') }))).toBe('Reason is required.');
    expect(english(translatable('validation.field.tooLong', { label: label('reason'), max: 1000 }))).toBe(
      'Reason must be at most 1000 characters.',
    );
    expect(english('Plain words.')).toBe('Plain words.');
  });

  it('reads in Russian with the label in quotes and the plural the number takes', () => {
    const russian = translatorFor('ru');
    const issue = (
      schema: { safeParse: (value: unknown) => { error?: { issues: { message: string }[] } } },
      value: unknown,
    ) => russian(schema.safeParse(value).error?.issues[0]?.message ?? '');
    expect(issue(requiredText('reason'), '  ')).toBe('Заполните поле «Причина».');
    expect(issue(requiredText('reason', 1000), 'x'.repeat(1001))).toBe(
      'Поле «Причина» должно содержать не более 1000 символов.',
    );
    expect(russian(translatable('validation.field.tooLong', { label: label('name'), max: 21 }))).toBe(
      'Поле «Имя» должно содержать не более 21 символа.',
    );
    expect(issue(wholeNumber('sessionCount', 1, 30), '31')).toBe(
      'Значение поля «Число сеансов» должно быть не больше 30.',
    );
  });
});
