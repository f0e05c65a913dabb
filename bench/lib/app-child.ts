/**
 * The real service in its own process, for the HTTP workloads: every module,
 * guard, pipe and filter, on a SQLite file in the directory the parent gives
 * (PARLEY_DATA_DIR etc. in the environment). Tells the parent its port; on
 * `{ type: 'stats' }` answers its memory; on `{ type: 'stop' }` closes and exits.
 */
import { createApp } from '../../apps/api/src/app';
import { loadConfig } from '../../apps/api/src/config/config';
import { listenForParent } from './server-child';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const app = await createApp({ config });
  await listenForParent(app);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
