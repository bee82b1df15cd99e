import type { ReactNode } from 'react';
import { Loader, Stack, Title } from '@mantine/core';

interface StatusScreenProps {
  title: string;
  busy?: boolean;
  children?: ReactNode;
}

/** A centred message for start-up: loading, or an error the user can report. */
export function StatusScreen({ title, busy = false, children }: StatusScreenProps) {
  return (
    <main className="wasl-centered">
      <Stack align="center" gap="md" className="wasl-card" role={busy ? 'status' : 'alert'}>
        {busy && <Loader aria-hidden />}
        <Title order={1} size="h3">
          {title}
        </Title>
        {children}
      </Stack>
    </main>
  );
}
