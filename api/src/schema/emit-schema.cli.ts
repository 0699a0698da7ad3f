import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadConfig, repoRoot } from '../config/app-config';
import { startIdehub } from '../bootstrap';
import { printAppSchema } from './print-schema';

/** `npm run schema`: writes api/schema.gql from the resolvers (on a throwaway in-memory database). */
async function main() {
  const running = await startIdehub(
    loadConfig(process.env, {
      databaseUrl: undefined,
      inMemoryDatabase: true,
      demoData: false,
      runWorker: false,
      runSweep: false,
      logLevel: 'warn',
    }),
    { listen: false },
  );
  try {
    fs.writeFileSync(path.join(repoRoot, 'api/schema.gql'), printAppSchema(running.app));
    console.log('Wrote api/schema.gql');
  } finally {
    await running.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
