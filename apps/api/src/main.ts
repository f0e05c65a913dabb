import { Logger } from '@nestjs/common';
import { createApp } from './app';
import { ApiKeyRegistry } from './auth/api-keys';
import { loadConfig } from './config/config';
import { installProcessGuards } from './process-guards';

async function main(): Promise<void> {
  const processLogger = new Logger('process');
  installProcessGuards({ error: (message, context) => processLogger.error(context, message) });
  const config = loadConfig(process.env);
  const app = await createApp({ config });
  await app.listen(config.port, config.host);
  const url = (await app.getUrl()).replace('[::1]', 'localhost').replace('127.0.0.1', 'localhost');
  const logger = new Logger('parley');
  if (app.get(ApiKeyRegistry).localMode) {
    logger.warn(
      'LOCAL MODE: no API keys configured (PARLEY_API_KEYS / PARLEY_KEYS_FILE); every request acts as the local user with analyst and admin rights. Configure keys before exposing this service.',
    );
  }
  logger.log(
    `Parley is up: dashboard ${url}/  ·  API docs ${url}/docs  ·  health ${url}/health  ·  store ${config.store}`,
  );
}

main().catch((error: unknown) => {
  // Configuration errors name the variable; anything else is a bug worth a stack.
  console.error(error instanceof Error && error.name === 'ConfigError' ? error.message : error);
  process.exit(1);
});
