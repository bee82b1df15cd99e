/**
 * The sync screen's first-sync progress (features/sync/components/initial-pull-progress.tsx, shown
 * by the sync screen while the status carries an initial pull): documents of the total, time left.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { MantineProvider } from '@mantine/core';
import { I18nextProvider } from 'react-i18next';
import { i18next } from '@renderer/i18n/i18n';
import { InitialPullProgress } from '@renderer/features/sync/components/initial-pull-progress';
import type { InitialPull } from '@renderer/sync/sync-status';

function render(pull: InitialPull): string {
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18next}>
      <MantineProvider>
        <InitialPullProgress pull={pull} />
      </MantineProvider>
    </I18nextProvider>,
  );
}

afterEach(async () => {
  await i18next.changeLanguage('ar');
});

describe('sync screen: the first sync in progress', () => {
  it('shows documents arrived of the total and the time left, in Arabic digits', async () => {
    await i18next.changeLanguage('ar');
    const html = render({ done: 42_000, total: 100_000, secondsLeft: 35 });
    expect(html).toContain('السجلات الواردة من الخادم: ٤٢٬٠٠٠ من ١٠٠٬٠٠٠');
    expect(html).toContain('الوقت المتبقي بالثواني: ٣٥ تقريبًا');
    expect(html).toContain(i18next.t('sync.status.initialPullUsable'));
    expect(render({ done: 1000, total: 100_000, secondsLeft: 600 })).toContain('الوقت المتبقي بالدقائق: ١٠ تقريبًا');
    expect(render({ done: 1000, total: 100_000, secondsLeft: null })).toContain(i18next.t('sync.status.timeLeft.unknown'));
  });

  it('once every document has arrived, says the desk is finishing, not "about 0 seconds"', async () => {
    await i18next.changeLanguage('ar');
    const html = render({ done: 100_000, total: 100_000, secondsLeft: 0 });
    expect(html).toContain('السجلات الواردة من الخادم: ١٠٠٬٠٠٠ من ١٠٠٬٠٠٠');
    expect(html).toContain(i18next.t('sync.status.timeLeft.finishing'));
    expect(html).not.toContain('الوقت المتبقي');
    // One short of the total still counts down.
    expect(render({ done: 99_000, total: 100_000, secondsLeft: 1 })).toContain('الوقت المتبقي بالثواني: ١ تقريبًا');
    await i18next.changeLanguage('en');
    expect(render({ done: 100_000, total: 100_000, secondsLeft: 0 })).toContain('Everything has arrived: saving the last records and adding them to search');
  });

  it('reads in English too', async () => {
    await i18next.changeLanguage('en');
    const html = render({ done: 2500, total: 10_000, secondsLeft: 200 });
    expect(html).toContain('2,500 of 10,000 records received from the server');
    expect(html).toContain('Time left in minutes: about 4');
  });
});
