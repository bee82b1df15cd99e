import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Asked once when cancel would throw away what was typed; "keep" goes back to the form. */
export function DiscardModal({ opened, onKeep, onDiscard }: { opened: boolean; onKeep: () => void; onDiscard: () => void }) {
  const { t } = useTranslation();
  return (
    // No scroll lock: it injects a <style> element without the CSP nonce (style-src).
    <Modal opened={opened} onClose={onKeep} title={t('registry.form.discardTitle')} centered lockScroll={false}>
      <Text size="sm">{t('registry.form.discardBody')}</Text>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onKeep} data-autofocus>
          {t('registry.form.keepEditing')}
        </Button>
        <Button color="red" onClick={onDiscard}>
          {t('registry.form.discard')}
        </Button>
      </Group>
    </Modal>
  );
}
