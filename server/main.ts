import { isLoopbackHost, loadConfig } from './config';
import { startSyncServer } from './server';

/**
 * `npm run server`: settings from the environment (config.ts); zero setup runs on PGlite in .wasl-data/server.
 * `npm run server -- setup-admin --username … --password-stdin`: the first admin account (accounts/setup-admin.ts).
 * `npm run server -- new-generation`: desks start their sync over (a restore no check can see: sync/generation.ts).
 */
const config = loadConfig(process.env, process.cwd());
if (process.argv[2] === 'setup-admin') {
  const { setupAdmin } = await import('./accounts/setup-admin');
  process.exit(await setupAdmin(config, process.argv.slice(3), process.stdin));
}
if (process.argv[2] === 'new-generation') {
  const { newGenerationCommand } = await import('./sync/generation');
  process.exit(await newGenerationCommand(config));
}
const running = await startSyncServer(config);
console.log(`Wasl sync server on ${running.url} (${running.db.kind}${config.databaseUrl ? '' : ` in ${config.dataDir}`})`);
if (config.devToken !== null) {
  console.warn('WARNING: DEV_TOKEN is set: anyone holding it has every right, with no role checks. Development only; never expose this server.');
}
if (!config.tls && !isLoopbackHost(config.host)) {
  const line = '!'.repeat(100);
  console.warn(`${line}\nWARNING: serving PLAIN HTTP on ${config.host}, a non-loopback address. Passwords, tokens and beneficiaries' data\n` +
    `cross the network unencrypted. Set TLS_CERT and TLS_KEY (PEM files), or bind to 127.0.0.1 behind a TLS proxy.\n${line}`);
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
