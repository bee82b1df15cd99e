import { loadConfig } from './config';
import { startSyncServer } from './server';

/** `npm run server`: settings from the environment (config.ts); zero setup runs on PGlite in .wasl-data/server. */
const config = loadConfig(process.env, process.cwd());
const running = await startSyncServer(config);
console.log(`Wasl sync server on ${running.url} (${running.db.kind}${config.databaseUrl ? '' : ` in ${config.dataDir}`})`);
if (config.devTokenIsDefault) {
  console.warn('WARNING: DEV_TOKEN is not set; desks authenticate with the well-known development token. Never expose this server.');
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
