import * as fs from 'node:fs';
import * as path from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { repoRoot } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';
import { pendingSchemaChanges } from './schema-drift';

/**
 * `npm run migration:generate -- <PascalCaseName>`: writes migrations/<ms>-<Name>.ts with the raw
 * SQL that brings a database at the latest migration up to the entities. It runs against a
 * throwaway database on the PostgreSQL at MIGRATION_ADMIN_URL (default postgres://postgres@127.0.0.1:5432/postgres).
 */
async function main() {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('Give the migration a PascalCase name');
  const adminUrl = process.env.MIGRATION_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const dbName = `idehub_migration_gen_test_${process.pid}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${dbName}`);
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  const dataSource = new DataSource(dataSourceOptions(url.toString(), false));
  try {
    await dataSource.initialize();
    await dataSource.runMigrations();
    // An enum shared by several columns (enumName) is emitted once per column; keep the first.
    const once = (queries: string[]) =>
      queries.filter((q, i) => !/^(CREATE|DROP) TYPE/.test(q) || queries.indexOf(q) === i);
    const pending = await pendingSchemaChanges(dataSource);
    const up = once(pending.up);
    const down = once(pending.down);
    if (!up.length) {
      console.log('The entities match the migrations; nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const file = path.join(repoRoot, 'migrations', `${timestamp}-${name}.ts`);
    const lines = (queries: string[]) =>
      queries.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
    fs.writeFileSync(
      file,
      `import { MigrationInterface, QueryRunner } from 'typeorm';\n\n` +
        `export class ${className} implements MigrationInterface {\n` +
        `  name = '${className}';\n\n` +
        `  public async up(queryRunner: QueryRunner): Promise<void> {\n${lines(up)}\n  }\n\n` +
        `  public async down(queryRunner: QueryRunner): Promise<void> {\n${lines(down)}\n  }\n}\n`,
    );
    console.log(`Wrote ${path.relative(repoRoot, file)}; add ${className} to migrations/index.ts.`);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await admin.query(`drop database if exists ${dbName}`);
    await admin.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
