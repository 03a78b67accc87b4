import { expect, test } from '@playwright/test';
import { arrange, onRunningCourse, openAccountsMatching, signIn, signInThroughApi, uniqueSuffix } from './fixtures';

/**
 * Two languages (issue 9): the language is no part of the address. A visitor's choice is kept in
 * a cookie, a signed-in user's on the account, and a browser that asks for Russian gets it.
 * The other specs run in en-GB and see English.
 */

test('a therapist switches to Russian on the sign-in page and keeps it after reloads and a new sign-in', async ({
  page,
  browser,
  baseURL,
}) => {
  const { accounts } = await arrange({ accounts: { therapist: 'THERAPIST' } });
  await page.goto('/login');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'Русский' }).click();
  await expect(page.getByRole('heading', { name: 'Клиника детского массажа' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('button', { name: 'Русский' })).toHaveAttribute('aria-pressed', 'true');

  await page.getByLabel('Электронная почта').fill(accounts.therapist.email);
  await page.getByLabel('Пароль').fill(accounts.therapist.password);
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page).toHaveURL(/\/sessions$/);
  await expect(page.getByRole('navigation', { name: 'Основное меню' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Выйти', exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'Методические правила' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Методические правила' })).toBeVisible();
  await page.getByRole('link', { name: 'Все главы на одной странице, для печати' }).click();
  await expect(page.getByRole('heading', { name: 'Противопоказания', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Приёмы по возрасту' })).toBeVisible();
  await expect(page.getByText('Поглаживание · с рождения')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Дисплазия тазобедренных суставов' })).toBeVisible();
  // The starting age, courses, session lengths and exercises were once the rule book's English.
  await expect(page.getByRole('heading', { name: 'Возраст начала', exact: true })).toBeVisible();
  await expect(page.getByText('Отказ, если возраст меньше: 21 день (3 недели)')).toBeVisible();
  await expect(page.getByText('Первый год жизни: 4 курса')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Длительность сеанса по возрасту' })).toContainText('До 2 месяцев');
  await expect(page.getByRole('list', { name: 'Упражнения по возрасту' })).toContainText('Фитбол');
  await expect(page).toHaveTitle('Методические правила · Клиника детского массажа');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Методические правила' })).toBeVisible();

  // Another browser, no cookie: the choice made before signing in was saved on the account.
  const elsewhere = await browser.newContext({ baseURL });
  try {
    const other = await elsewhere.newPage();
    expect(await signInThroughApi(other.request, accounts.therapist.email, accounts.therapist.password)).toBe(
      'SIGNED_IN',
    );
    await other.goto('/guidelines?chapter=techniques');
    await expect(other.getByRole('heading', { level: 1, name: 'Методические правила' })).toBeVisible();
    await expect(other.locator('html')).toHaveAttribute('lang', 'ru');

    // Back to English from the header: saved on the account too, so the first browser follows.
    await other.getByRole('button', { name: 'English' }).click();
    await expect(other.getByRole('heading', { level: 1, name: 'Guidelines' })).toBeVisible();
    await expect(other.getByText('Stroking · from birth')).toBeVisible();
  } finally {
    await elsewhere.close();
  }
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Guidelines' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a browser that asks for Russian gets Russian before anyone chooses', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, locale: 'ru-RU' });
  try {
    const page = await context.newPage();
    await page.goto('/login');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByText('Войдите, чтобы продолжить.')).toBeVisible();
    await page.getByRole('button', { name: 'Войти' }).click();
    await expect(page.getByText('Введите адрес электронной почты.')).toBeVisible();

    await page.goto('/no-such-page');
    await expect(page.getByRole('heading', { name: 'Страница не найдена' })).toBeVisible();
  } finally {
    await context.close();
  }
});

test('an English browser keeps English, and its choice of Russian lasts while signed out', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByText('Sign in to continue.')).toBeVisible();
  await page.getByRole('button', { name: 'Русский' }).click();
  await expect(page.getByText('Войдите, чтобы продолжить.')).toBeVisible();
  await page.goto('/login');
  await expect(page.getByText('Войдите, чтобы продолжить.')).toBeVisible();
});

/** The doctor's own words for one step: close to the rule book's, but not its text. */
const DOCTORS_WORDS = 'Thumb circles on the sole from the heel to the toes, right foot only.';

test("a parent's page in Russian: the progress, the home-session form, the safety rules and the routine's directions", async ({
  browser,
  baseURL,
}) => {
  const running = onRunningCourse({ firstName: 'Sofia', lastName: 'Ivanova', location: 'HOME', guardians: ['parent'] });
  const { accounts, children } = await arrange({
    accounts: { parent: 'PARENT' },
    children: {
      // The fifth step of the proposal is the legs' rubbing: the doctor rewrote it.
      sofia: { ...running, course: running.course && { ...running.course, editedDirections: { 5: DOCTORS_WORDS } } },
    },
  });
  const context = await browser.newContext({ baseURL, locale: 'ru-RU' });
  try {
    const page = await context.newPage();
    // The guide's steps count down on the page's clock, which stands still unless the test moves it.
    await page.clock.install();
    await signIn(page, accounts.parent);
    await page.getByRole('link', { name: children.sofia.fullName }).click();
    await expect(page.getByRole('heading', { level: 1, name: children.sofia.fullName })).toBeVisible();
    // The progress and the course's kind were once left in English ("3 of 10 done", "Preventive").
    await expect(page.getByRole('progressbar', { name: 'Проведено сеансов: 3 из 10' })).toBeVisible();
    await expect(page.getByText('Профилактический', { exact: true })).toBeVisible();

    await page.getByText('Или отметить сеанс без пошаговой подсказки').click();
    const form = page.getByRole('form', { name: 'Сегодняшний сеанс' });
    await expect(form.getByRole('radio', { name: /^Проведён/ })).toBeChecked();
    await expect(form.getByRole('group', { name: 'Как ребёнок перенёс массаж?' })).toBeVisible();
    await form.getByRole('radio', { name: /^Ребёнок сегодня нездоров/ }).check();
    await expect(form.getByRole('checkbox', { name: 'Лихорадка, повышенная температура' })).toBeVisible();
    await expect(form.getByRole('button', { name: 'Перенести сеанс' })).toBeVisible();

    await page.getByRole('heading', { name: 'Правила безопасности', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Не делайте массаж, если ребёнок нездоров' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Эти области никогда не массируют' })).toBeVisible();
    await expect(page.getByText('Родничок', { exact: true })).toBeVisible();

    // The rule book's directions in Russian (once left in English); the doctor's words as written.
    await page.getByRole('heading', { name: 'Домашняя программа', exact: true }).click();
    await expect(
      page.getByText(
        'Небольшие круговые движения от запястья к плечу, сдвигая кожу, а не скользя по ней; затем каждый пальчик от основания к кончику.',
      ),
    ).toBeVisible();
    // Twice: it opens and closes the whole-body exercises.
    await expect(page.getByText('Лёгкое поглаживание всего тела, от стоп и кистей к туловищу.')).toHaveCount(2);
    await expect(page.getByText(DOCTORS_WORDS, { exact: true })).toBeVisible();
    await expect(page.getByText(/Small circles from the wrist/)).toHaveCount(0);

    await page.getByRole('link', { name: 'Начать сегодняшний массаж по шагам' }).click();
    await expect(page.getByRole('heading', { name: 'Перед началом' })).toBeVisible();
    for (const check of await page.getByRole('checkbox').all()) await check.check();
    await page.getByRole('button', { name: 'Начать массаж' }).click();
    const step = page.getByRole('heading', { level: 2, name: /^Шаг \d+ из \d+/ });
    await expect(step).toContainText('Шаг 1 из');
    await expect(
      page.getByText('От кисти к плечу по наружной поверхности руки; подмышечную впадину и локоть не массировать.'),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Далее ›' }).click();
    await expect(step).toContainText('Шаг 2 из');
    await expect(
      page.getByText(
        'Небольшие круговые движения от запястья к плечу, сдвигая кожу, а не скользя по ней; затем каждый пальчик от основания к кончику.',
      ),
    ).toBeVisible();
  } finally {
    await context.close();
  }
});

test('a Russian admin is told what is wrong in Russian, by the form before sending and by the server', async ({
  browser,
  baseURL,
}) => {
  const { accounts } = await arrange({ accounts: { admin: 'ADMIN' } });
  const context = await browser.newContext({ baseURL, locale: 'ru-RU' });
  try {
    const page = await context.newPage();
    await signIn(page, accounts.admin);
    await page.goto('/admin/users');
    const name = page.getByLabel('Имя', { exact: true });
    const password = page.getByLabel('Начальный пароль');
    const submit = page.getByRole('button', { name: 'Добавить учётную запись' });

    // The browser checks with the server's schema before sending: its messages in Russian.
    await password.fill('short');
    await submit.click();
    await expect(name).toHaveAccessibleDescription('Заполните поле «Имя».');
    await expect(page.getByText('Пароль должен содержать не менее 12 символов.')).toBeVisible();
    await expect(page.getByText('Исправьте отмеченные поля.')).toBeVisible();

    // Only the server knows the common passwords: its refusal beside the field is in Russian too.
    await name.fill('Проверка Языка');
    await page.getByLabel('Эл. почта', { exact: true }).fill(`language.${uniqueSuffix()}@clinic.test`);
    await page.getByLabel('Роль', { exact: true }).selectOption('PARENT');
    await password.fill('qwerty123456');
    await submit.click();
    await expect(page.getByText(/^Этот пароль есть в списках распространённых или утёкших паролей\./)).toBeVisible();
    await expect(page.getByText('Исправьте отмеченные поля.')).toBeVisible();
    await expect(name).toHaveValue('Проверка Языка');
  } finally {
    await context.close();
  }
});

test("a use case's refusal reaches a Russian admin in Russian, beside the field it is about", async ({
  browser,
  baseURL,
}) => {
  const { accounts } = await arrange({ accounts: { admin: 'ADMIN', parent: 'PARENT' } });
  const { parent } = accounts;
  const context = await browser.newContext({ baseURL, locale: 'ru-RU' });
  try {
    const page = await context.newPage();
    await signIn(page, accounts.admin);
    await openAccountsMatching(page, parent.email);
    const row = page.getByRole('list', { name: 'Родители' }).getByRole('listitem').filter({ hasText: parent.email });
    await row.locator('summary', { hasText: 'Удалить персональные данные' }).click();
    await row.getByLabel('Причина', { exact: true }).fill('Родитель попросил удалить свои данные.');
    // The form's schema accepts any email; only the use case knows it is not this account's.
    const confirmEmail = row.getByLabel(`Для подтверждения введите ${parent.email}`);
    await confirmEmail.fill('someone.else@e2e.test');
    await row.getByRole('button', { name: /^Удалить персональные данные/ }).click();
    await expect(confirmEmail).toHaveAccessibleDescription(
      'Введите адрес электронной почты учётной записи точно так, как он показан.',
    );
    await expect(
      page.getByText('Адрес электронной почты не совпадает с этой учётной записью; ничего не удалено.'),
    ).toBeVisible();
  } finally {
    await context.close();
  }
});

test('a domain refusal reaches a Russian therapist in Russian: a session recorded already is closed', async ({
  browser,
  baseURL,
}) => {
  const { accounts, children } = await arrange({
    accounts: { therapist: 'THERAPIST' },
    children: {
      vera: onRunningCourse({ firstName: 'Vera', lastName: 'Closed', location: 'CLINIC', therapist: 'therapist' }),
    },
  });
  const context = await browser.newContext({ baseURL, locale: 'ru-RU' });
  try {
    const page = await context.newPage();
    await signIn(page, accounts.therapist);
    await page.goto(children.vera.coursePath);
    // Session 3 was recorded done: its recording page says so, in the reader's language.
    await page.getByRole('link', { name: 'Исправить сеанс 3' }).click();
    await expect(page).toHaveURL(/\/sessions\/[^/]+\/correct$/);
    await page.goto(page.url().replace(/\/correct$/, ''));
    await expect(page.getByText('Этот сеанс уже отмечен как проведённый.', { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Исправить отметку' })).toBeVisible();
  } finally {
    await context.close();
  }
});

test("a Russian doctor reads the prescription's refusal in Russian, in the form and from the server", async ({
  browser,
  baseURL,
}) => {
  const { accounts, children } = await arrange({
    accounts: { doctor: 'PAEDIATRICIAN' },
    children: {
      baby: {
        firstName: 'Vera',
        lastName: `Sheina ${uniqueSuffix()}`,
        ageDays: 150,
        sex: 'FEMALE',
        indication: { kind: 'THERAPEUTIC', diagnosis: 'Congenital torticollis', diagnosedDaysAgo: 1 },
      },
    },
  });
  const context = await browser.newContext({ baseURL, locale: 'ru-RU' });
  try {
    const page = await context.newPage();
    await signIn(page, accounts.doctor);
    const { patientId, indicationId } = children.baby;
    await page.goto(`/patients/${patientId}/courses/new?indication=${indicationId}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Назначить курс' })).toBeVisible();
    await page.getByLabel('Я проверил(а) у ребёнка каждый пункт этого списка').check();
    // The proposal's directions in Russian, the rule book's and the condition's.
    await expect(
      page.getByText('Лёгкое поколачивание кончиками пальцев по подошве и по наружной поверхности ноги.'),
    ).toBeVisible();
    await expect(page.getByText('Ребёнок на животе: поглаживание от затылка к плечам', { exact: false })).toBeVisible();
    await page.getByLabel('Место').selectOption('HOME');
    // Decided in the browser as the doctor chooses, in the rule book's Russian words.
    const reason = /Кривошея: только занятия в клинике, не дома: работу с шеей назначает невролог/;
    await expect(page.getByLabel('Место')).toHaveAccessibleDescription(reason);
    // The neck's stroking is left out at home, and said so with its direction in Russian.
    await expect(page.getByRole('list', { name: 'Исключённые шаги' })).toContainText(
      '«Ребёнок на животе: поглаживание от затылка к плечам',
    );

    await page.getByRole('button', { name: 'Назначить курс' }).click();
    await expect(page.getByText('Этот курс нельзя назначить в таком виде.')).toBeVisible();
    await expect(page.getByLabel('Место')).toHaveAccessibleDescription(reason);
  } finally {
    await context.close();
  }
});
