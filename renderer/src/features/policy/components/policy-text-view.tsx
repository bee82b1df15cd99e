import { useEffect, useRef, type UIEvent } from 'react';
import { Box, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PolicyVersion } from '@shared/policy';
import '@renderer/styles/policy.css';

/** Within this many pixels of the bottom counts as the end (sub-pixel rounding, zoom). */
const END_SLACK = 6;

const atEnd = (el: HTMLElement): boolean => el.scrollTop + el.clientHeight >= el.scrollHeight - END_SLACK;

/**
 * The text of a version: the Arabic original (authoritative) with the English rendering beside it,
 * in one scrolling box so reading one to the end means scrolling the box to its end (Art. 4: staff
 * read the policy before they sign). A text short enough to need no scrolling is read at once.
 */
export function PolicyTextView({ version, onReadToEnd }: { version: PolicyVersion; onReadToEnd?: () => void }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (box.current && atEnd(box.current)) onReadToEnd?.();
  }, [version.hash, onReadToEnd]);
  const onScroll = (event: UIEvent<HTMLDivElement>) => {
    if (atEnd(event.currentTarget)) onReadToEnd?.();
  };
  return (
    <Box
      ref={box}
      onScroll={onScroll}
      className="wasl-policy-text"
      tabIndex={0}
      role="region"
      aria-label={t('policy.textLabel', { title: version.titleAr })}
      data-testid="policy-text"
    >
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <div lang="ar" dir="rtl">
          <Text fw={700} mb="xs">{t('policy.arabic')}</Text>
          <Text className="wasl-policy-body">{version.textAr}</Text>
        </div>
        <div lang="en" dir="ltr">
          <Text fw={700} mb="xs">{t('policy.english')}</Text>
          <Text className="wasl-policy-body">{version.textEn}</Text>
        </div>
      </SimpleGrid>
    </Box>
  );
}
