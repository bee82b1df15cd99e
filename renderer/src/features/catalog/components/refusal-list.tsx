import { Alert, List } from '@mantine/core';

/** What a save refused, already translated, one line each (nothing when there is none). */
export function RefusalList({ title, messages }: { title?: string; messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <Alert color="red" role="alert" title={title}>
      <List size="sm">
        {messages.map((m) => (
          <List.Item key={m}>{m}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
