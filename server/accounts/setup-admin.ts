import { parseArgs } from 'node:util';
import type { ServerConfig } from '../config';
import { migrate } from '../db/migrate';
import { openDatabase } from '../db/open-database';
import { countAdmins, createAccount } from './accounts-store';

/**
 * `npm run server -- setup-admin --username <name> --display-name <name> --password-stdin`
 * Creates the first admin; refuses when an active admin exists already (admins create everyone else
 * through POST /accounts). The password comes on stdin so it never lands in shell history or `ps`.
 */
export async function setupAdmin(config: ServerConfig, args: string[], stdin: AsyncIterable<Buffer | string> | Iterable<string>): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { username: { type: 'string' }, 'display-name': { type: 'string' }, 'password-stdin': { type: 'boolean' } },
    strict: true,
  });
  if (!values.username || !values['password-stdin']) {
    console.error('usage: setup-admin --username <name> [--display-name <name>] --password-stdin  (password on stdin)');
    return 2;
  }
  let password = '';
  for await (const chunk of stdin) password += chunk.toString();
  password = password.replace(/\r?\n$/, '');
  const db = await openDatabase({ ...config, dataDir: config.databaseUrl ? null : config.dataDir });
  try {
    await migrate(db);
    if ((await countAdmins(db)) > 0) {
      console.error('setup-admin: an admin exists already; admins create further accounts');
      return 1;
    }
    const created = await createAccount(db, { username: values.username, displayName: values['display-name'] ?? values.username, roles: ['admin'], password }, null);
    if (!created.ok) {
      console.error(`setup-admin: refused (${created.errors.join(', ')})`);
      return 1;
    }
    await db.query('INSERT INTO server_audit (at, action, actor_id, source) VALUES ($1, $2, $3, $4)', [Date.now(), 'account.setup-admin', created.account.id, 'cli']);
    console.log(`setup-admin: admin '${created.account.username}' created (${created.account.id})`);
    return 0;
  } finally {
    await db.close();
  }
}
