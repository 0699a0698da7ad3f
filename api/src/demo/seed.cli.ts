import { loadConfig } from '../config/app-config';
import { startIdehub } from '../bootstrap';

/** `npm run seed`: adds the demo data to the configured database (idempotent). */
async function main() {
  const running = await startIdehub(loadConfig(process.env, { demoData: true, runWorker: false, runSweep: false }), {
    listen: false,
  });
  await running.stop();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
