/**
 * A due list showing its first rows (features/requests/components/list-more.tsx): how many of the
 * whole list are shown, in the desk's language and digits, and a button for more; nothing when all are.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { MantineProvider } from '@mantine/core';
import { I18nextProvider } from 'react-i18next';
import { i18next } from '@renderer/i18n/i18n';
import { ListMore } from '@renderer/features/requests/components/list-more';

const render = (shown: number, count: number): string =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18next}>
      <MantineProvider>
        <ListMore shown={shown} count={count} onMore={() => undefined} />
      </MantineProvider>
    </I18nextProvider>,
  );

afterEach(async () => {
  await i18next.changeLanguage('ar');
});

describe('requests desk: a long due list', () => {
  it('tells how many are shown of how many, and offers more', async () => {
    await i18next.changeLanguage('ar');
    expect(render(50, 1240)).toContain('يُعرض ٥٠ من ١٬٢٤٠');
    expect(render(50, 1240)).toContain(i18next.t('requests.showMore'));
    await i18next.changeLanguage('en');
    expect(render(100, 240)).toContain('Showing 100 of 240');
  });

  it('shows nothing when the whole list is shown', () => {
    for (const html of [render(12, 12), render(0, 0)]) {
      expect(html).not.toContain('<button');
      expect(html).not.toContain(i18next.t('requests.showMore'));
    }
  });
});
