import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TestApp } from '../support/test-app';

const ROUTE = '/api/admin/organisation-import';
const SAMPLE = fs.readFileSync(path.join(__dirname, '../../docs/organisation-import-sample.csv'));

interface ImportAnswer {
  dryRun: boolean;
  applied: boolean;
  units: { created: number; moved: number; renamed: number };
  people: { created: number; updated: number; deactivated: number };
  memberships: { added: number; removed: number };
  errors: { line: number; column: string | null; code: string; message: string; params?: Record<string, unknown> }[];
}

const counts = (a: ImportAnswer) => ({ units: a.units, people: a.people, memberships: a.memberships });
const ZERO = {
  units: { created: 0, moved: 0, renamed: 0 },
  people: { created: 0, updated: 0, deactivated: 0 },
  memberships: { added: 0, removed: 0 },
};

const csv = (rows: string[][], delimiter = ';', bom = false) =>
  Buffer.from((bom ? '\uFEFF' : '') + rows.map((r) => r.join(delimiter)).join('\n') + '\n', 'utf8');

describe('organisation import', () => {
  let app: TestApp;
  const t: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp({ demo: true });
    for (const who of ['admin', 'leder', 'ansatt', 'ansatt2']) t[who] = await app.login(`${who}@drammen.idehub.test`);
    t.askerAdmin = await app.login('admin@asker.idehub.test');
    t.lierAdmin = await app.login('admin@lier.idehub.test');
  }, 60_000);
  afterAll(() => app?.stop());

  const upload = (
    file: Buffer,
    options: { dryRun?: boolean; deactivateMissing?: boolean; token?: string; name?: string } = {},
  ) => {
    const query = new URLSearchParams({ dryRun: String(options.dryRun ?? true) });
    if (options.deactivateMissing) query.set('deactivateMissing', 'true');
    return app
      .http()
      .post(`${ROUTE}?${query}`)
      .set('authorization', `Bearer ${options.token ?? t.admin}`)
      .attach('file', file, options.name ?? 'organisasjon.csv');
  };
  const importOk = async (file: Buffer, options: Parameters<typeof upload>[1] = {}) => {
    const res = await upload(file, options);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as ImportAnswer;
  };
  const q = <T = any>(sql: string, params: unknown[] = []) => app.db.query(sql, params) as Promise<T[]>;
  const municipalityId = async (slug: string) =>
    (await q<{ id: string }>('select id from municipality where slug = $1', [slug]))[0].id;
  const snapshot = async (slug: string) => {
    const id = await municipalityId(slug);
    return JSON.stringify(
      await q(
        `select (select json_agg(u order by u.id) from unit u where u.municipality_id = $1) as units,
                (select json_agg(p order by p.id) from person p where p.municipality_id = $1) as people,
                (select json_agg(m order by m.id) from membership m join person p on p.id = m.person_id where p.municipality_id = $1) as memberships,
                (select count(*) from audit_entry a where a.municipality_id = $1) as audit`,
        [id],
      ),
    );
  };
  const membershipsOf = (email: string) =>
    q<{ unit: string | null; role: string; source: string }>(
      `select u.name as unit, m.role, m.source from membership m join person p on p.id = m.person_id
        left join unit u on u.id = m.unit_id where p.email = $1 order by u.name, m.role`,
      [email],
    );

  describe('who may import', () => {
    it('refuses without a session, as JSON', async () => {
      const res = await app.http().post(ROUTE).attach('file', SAMPLE, 'a.csv');
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('UNAUTHENTICATED');
    });

    it('refuses leaders and staff (403), before reading the file', async () => {
      for (const who of ['leder', 'ansatt']) {
        const res = await upload(SAMPLE, { token: t[who] });
        expect(res.status).toBe(403);
        expect(res.body.code).toBe('FORBIDDEN');
      }
      const sample = await app.http().get(`${ROUTE}/sample.csv`).set('authorization', `Bearer ${t.leder}`);
      expect(sample.status).toBe(403);
    });

    it('takes the session cookie only from the same origin', async () => {
      const cookie = `idehub_session=${t.admin}`;
      const crossSite = await app
        .http()
        .post(ROUTE)
        .set('cookie', cookie)
        .set('origin', 'https://evil.example')
        .set('sec-fetch-site', 'cross-site')
        .attach('file', SAMPLE, 'a.csv');
      expect(crossSite.status).toBe(403);
      expect(crossSite.body.code).toBe('FORBIDDEN');
      const sameOrigin = await app
        .http()
        .post(ROUTE)
        .set('cookie', cookie)
        .set('sec-fetch-site', 'same-origin')
        .attach('file', SAMPLE, 'a.csv');
      expect(sameOrigin.status).toBe(200);
      expect(sameOrigin.body.dryRun).toBe(true);
    });

    it('asks for a file in the field «file», and for true/false flags', async () => {
      const none = await app.http().post(ROUTE).set('authorization', `Bearer ${t.admin}`).field('x', '1');
      expect(none.status).toBe(400);
      expect(none.body).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'file' }] });
      const wrongField = await app
        .http()
        .post(ROUTE)
        .set('authorization', `Bearer ${t.admin}`)
        .attach('upload', SAMPLE, 'a.csv');
      expect(wrongField.status).toBe(400);
      expect(wrongField.body.fields[0].field).toBe('file');
      const flag = await app
        .http()
        .post(`${ROUTE}?dryRun=kanskje`)
        .set('authorization', `Bearer ${t.admin}`)
        .attach('file', SAMPLE, 'a.csv');
      expect(flag.status).toBe(400);
      expect(flag.body.fields[0].field).toBe('dryRun');
    });

    it('refuses a file over the size limit with 413', async () => {
      const big = Buffer.alloc(21 * 1024 * 1024, 'a');
      const res = await upload(big);
      expect(res.status).toBe(413);
      expect(res.body.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('the sample file (semicolons, BOM, Drammen’s demo structure)', () => {
    it('is served for the admin’s municipality and equals docs/organisation-import-sample.csv', async () => {
      const res = await app
        .http()
        .get(`${ROUTE}/sample.csv`)
        .set('authorization', `Bearer ${t.admin}`)
        .buffer(true)
        .parse((r, done) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => done(null, Buffer.concat(chunks)));
        });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/csv/);
      expect(Buffer.compare(res.body as Buffer, SAMPLE)).toBe(0);
      const asker = await app.http().get(`${ROUTE}/sample.csv`).set('authorization', `Bearer ${t.askerAdmin}`);
      expect(asker.text).toContain('admin@asker.idehub.test');
      expect(asker.text).toContain('Bleiker sykehjem');
    });

    it('dry run: says what would change and changes nothing', async () => {
      const before = await snapshot('drammen');
      const answer = await importOk(SAMPLE);
      expect(answer).toMatchObject({ dryRun: true, applied: false, errors: [] });
      expect(counts(answer)).toEqual({
        units: { created: 2, moved: 0, renamed: 0 }, // …/Hjemmetjenesten/Natt, …/Fjell sykehjem/Avdeling 2
        people: { created: 8, updated: 6, deactivated: 0 }, // the six demo accounts get their employee ids
        memberships: { added: 9, removed: 0 }, // the demo accounts' (manual) memberships are already there
      });
      expect(await snapshot('drammen')).toBe(before);
    });

    it('applies in one go, marks memberships IMPORT, audits the import with its file name', async () => {
      const answer = await importOk(SAMPLE, { dryRun: false, name: 'Organisasjon æøå.csv' });
      expect(answer).toMatchObject({ dryRun: false, applied: true, errors: [] });
      expect(counts(answer)).toEqual({
        units: { created: 2, moved: 0, renamed: 0 },
        people: { created: 8, updated: 6, deactivated: 0 },
        memberships: { added: 9, removed: 0 },
      });
      expect(await membershipsOf('sara.wold@drammen.idehub.test')).toEqual([
        { unit: 'Helsehuset Drammen', role: 'STAFF', source: 'IMPORT' },
        { unit: 'Hjemmetjenesten', role: 'STAFF', source: 'IMPORT' },
      ]);
      expect(await membershipsOf('jorgen.bakken@drammen.idehub.test')).toEqual([
        { unit: 'Natt', role: 'LEADER', source: 'IMPORT' },
      ]);
      const [natt] = await q<{ parent: string }>(
        `select p.name as parent from unit u join unit p on p.id = u.parent_id where u.name = 'Natt'`,
      );
      expect(natt.parent).toBe('Hjemmetjenesten');
      const [kari] = await q<{ employee_id: string }>(`select employee_id from person where email = $1`, [
        'ansatt@drammen.idehub.test',
      ]);
      expect(kari.employee_id).toBe('10005');
      expect(await membershipsOf('ansatt@drammen.idehub.test')).toEqual([
        { unit: 'Hjemmetjenesten', role: 'STAFF', source: 'MANUAL' },
      ]);
      const [entry] = await q<{ after: Record<string, any>; actor: string }>(
        `select a.after, p.email as actor from audit_entry a join person p on p.id = a.actor_id
          where a.action = 'organisation.import' order by a.at desc limit 1`,
      );
      expect(entry.actor).toBe('admin@drammen.idehub.test');
      expect(entry.after).toMatchObject({
        fileName: 'Organisasjon æøå.csv',
        rows: 15,
        units: { created: 2 },
        people: { created: 8, updated: 6 },
        memberships: { added: 9 },
      });
      const [{ n }] = await q<{ n: number }>(
        `select count(*)::int as n from audit_entry where action in ('person.create', 'unit.create') and after->>'source' = 'import'`,
      );
      expect(n).toBe(10);
      // The admin reads it in the audit log.
      const log = await app.gql(
        '{ auditLog(first: 20) { edges { node { action entityType actor { name } after } } } }',
        {},
        t.admin,
      );
      expect(log.errors).toBeUndefined();
      const nodes = log.data.auditLog.edges.map((e: { node: { action: string; after: string } }) => e.node);
      const imported = nodes.find((e: { action: string }) => e.action === 'organisation.import');
      expect(imported).toMatchObject({ entityType: 'import', actor: { name: 'Anders Moe' } });
      expect(JSON.parse(imported.after).fileName).toBe('Organisasjon æøå.csv');
    });

    it('changes nothing the second time', async () => {
      const before = await snapshot('drammen');
      const answer = await importOk(SAMPLE, { dryRun: false });
      expect(answer.errors).toEqual([]);
      expect(counts(answer)).toEqual(ZERO);
      const after = JSON.parse(await snapshot('drammen'))[0];
      const prior = JSON.parse(before)[0];
      expect(after.people).toEqual(prior.people);
      expect(after.units).toEqual(prior.units);
      expect(after.memberships).toEqual(prior.memberships);
      expect(Number(after.audit)).toBe(Number(prior.audit) + 1); // only the import's own entry
    });
  });

  describe('formats', () => {
    it('reads commas without a BOM, in English headers and other column orders', async () => {
      const answer = await importOk(
        csv(
          [
            ['role', 'unit', 'email', 'name', 'employee_id', 'position'],
            [
              'staff',
              'Helse og omsorg / Hjemmetjenesten',
              'Ase.Kristiansen@drammen.idehub.test',
              'Åse Kristiansen',
              '10007',
              'Sykepleier',
            ],
            [
              'Leader',
              'Helse og omsorg/Hjemmetjenesten/Natt',
              'jorgen.bakken@drammen.idehub.test',
              'Jørgen Bakken',
              '10008',
              '',
            ],
            ['admin', '', 'admin@drammen.idehub.test', 'Anders Moe', '10001', ''],
          ],
          ',',
        ),
      );
      expect(answer.errors).toEqual([]);
      // Åse moves from Natt to Hjemmetjenesten: one IMPORT membership out, one in. Everyone else left the
      // file, so their IMPORT memberships would go (their manual ones stay).
      expect(answer.units).toEqual({ created: 0, moved: 0, renamed: 0 });
      expect(answer.people).toEqual({ created: 0, updated: 0, deactivated: 0 });
      expect(answer.memberships.added).toBe(1);
      expect(answer.memberships.removed).toBe(1 + 7); // Åse's Natt row, and the 7 IMPORT rows of people not in the file
    });

    it('reads quoted cells with the delimiter inside', async () => {
      const answer = await importOk(
        Buffer.from(
          'ansattnummer,navn,epost,enhet,rolle\n"10001","Moe, Anders",admin@drammen.idehub.test,,admin\n',
          'utf8',
        ),
      );
      expect(answer.errors).toEqual([]);
      expect(answer.people.updated).toBe(1); // the name «Moe, Anders»
    });

    it('reads an Excel workbook (first sheet): numbers, links and rich text as the cells show them', async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Ansatte');
      workbook.addWorksheet('Notater').addRow(['ikke dette arket']);
      sheet.addRow(['Ansattnummer', 'Navn', 'E-post', 'Enhet', 'Rolle']);
      sheet.addRow([10001, 'Anders Moe', 'admin@drammen.idehub.test', null, 'Admin']);
      sheet.addRow([
        20001,
        { richText: [{ text: 'Nils ' }, { text: 'Xlsx', font: { bold: true } }] },
        { text: 'nils.xlsx@drammen.idehub.test', hyperlink: 'mailto:nils.xlsx@drammen.idehub.test' },
        'Helse og omsorg / Helsehuset Drammen / Rehabilitering',
        'digital agent',
      ]);
      sheet.addRow([]);
      sheet.addRow([
        20002,
        'Berit Xlsx',
        'berit.xlsx@drammen.idehub.test',
        'Helse og omsorg / Helsehuset Drammen',
        'LEDER',
      ]);
      sheet.addRow([20003, 'Uten Epost', '', 'Helse og omsorg', 'ansatt']);
      const file = Buffer.from(await workbook.xlsx.writeBuffer());

      const dry = await importOk(file, { name: 'ansatte.xlsx' });
      expect(dry.errors).toEqual([
        { line: 6, column: 'E-post', code: 'EMAIL_MISSING', message: 'The e-mail address is missing.' },
      ]);
      expect(dry.people.created).toBe(2);
      expect(dry.units.created).toBe(1);

      workbook.worksheets[0].spliceRows(6, 1);
      // A membership from sign-in group claims is the identity provider's, not the import's.
      await q(
        `update membership set source = 'SSO' where person_id = (select id from person where email = 'ansatt2@drammen.idehub.test')`,
      );
      const fixed = Buffer.from(await workbook.xlsx.writeBuffer());
      const applied = await importOk(fixed, { dryRun: false, name: 'ansatte.xlsx' });
      expect(applied.errors).toEqual([]);
      expect(applied.applied).toBe(true);
      expect(await membershipsOf('nils.xlsx@drammen.idehub.test')).toEqual([
        { unit: 'Rehabilitering', role: 'DIGITAL_AGENT', source: 'IMPORT' },
      ]);
      const [nils] = await q<{ name: string; employee_id: string }>(
        `select name, employee_id from person where email = 'nils.xlsx@drammen.idehub.test'`,
      );
      expect(nils).toEqual({ name: 'Nils Xlsx', employee_id: '20001' });
      // Not in the file: their IMPORT memberships went, the SSO and MANUAL ones stayed.
      expect(await membershipsOf('ansatt2@drammen.idehub.test')).toEqual([
        { unit: 'Hjemmetjenesten', role: 'STAFF', source: 'SSO' },
      ]);
      expect(await membershipsOf('sara.wold@drammen.idehub.test')).toEqual([]);
      expect(await membershipsOf('kommunalsjef@drammen.idehub.test')).toEqual([
        { unit: 'Helse og omsorg', role: 'LEADER', source: 'MANUAL' },
      ]);
    });

    it('says clearly when a file is not UTF-8, not a workbook, or lacks a column', async () => {
      const latin1 = Buffer.from('navn;epost;enhet\nÅse;ase@drammen.idehub.test;Helse og omsorg\n', 'latin1');
      expect((await importOk(latin1)).errors).toMatchObject([{ line: 1, code: 'FILE_ENCODING' }]);
      const notXlsx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100)]);
      expect((await importOk(notXlsx)).errors).toMatchObject([{ line: 1, code: 'FILE_UNREADABLE' }]);
      const noUnit = csv([
        ['navn', 'epost'],
        ['Åse', 'ase@drammen.idehub.test'],
      ]);
      expect((await importOk(noUnit)).errors).toEqual([
        {
          line: 1,
          column: 'enhet',
          code: 'HEADER_MISSING',
          message: 'The header lacks the column «enhet» (English names «unit» work too).',
        },
      ]);
      expect((await importOk(csv([['navn', 'epost', 'enhet']]))).errors).toMatchObject([{ code: 'FILE_EMPTY' }]);
    });
  });

  describe('row errors', () => {
    const HEADER = ['ansattnummer', 'navn', 'epost', 'enhet', 'rolle'];
    const HOME = 'Helse og omsorg / Hjemmetjenesten';

    it('reports every error with its line and column, and applies nothing', async () => {
      const file = csv(
        [
          HEADER,
          ['10001', 'Anders Moe', 'admin@drammen.idehub.test', '', 'admin'], // 2: fine
          ['30001', 'Ny Person', '', HOME, 'ansatt'], // 3: missing e-mail
          ['30002', 'Ny Person', 'ny.person@', HOME, 'ansatt'], // 4: invalid e-mail
          ['30003', 'Ny Person', 'ny3@drammen.idehub.test', HOME, 'sjef'], // 5: unknown role
          ['30004', 'Kari 15063950073', 'ny4@drammen.idehub.test', HOME, 'ansatt'], // 6: identity number in name
          ['30005', 'Per Ny', 'per.ny@drammen.idehub.test', HOME, 'ansatt'], // 7: fine
          ['30005', 'Pål Ny', 'pal.ny@drammen.idehub.test', HOME, 'ansatt'], // 8: one employee id, another person
          ['30006', 'Asker Person', 'ansatt@asker.idehub.test', HOME, 'ansatt'], // 9: a person in another municipality
          ['30007', 'Uten Enhet', 'uten@drammen.idehub.test', '', 'leder'], // 10: missing unit
          ['30008', 'Tom Del', 'tom@drammen.idehub.test', 'Helse og omsorg //', 'ansatt'], // 11: empty path part
          ['10005', 'Kari Nordmann', 'ansatt2@drammen.idehub.test', HOME, 'ansatt'], // 12: e-mail of someone else
          ['30009', 'Ingrid Berg', 'leder@drammen.idehub.test', HOME, 'leder'], // 13: she has employee id 10004
          ['30010', 'Eva Ny', 'per.ny@drammen.idehub.test', HOME, 'ansatt'], // 14: e-mail of line 7's id
          ['', 'Glemt Navn', 'glemt@drammen.idehub.test', 'Fjell', 'ansatt'], // 15: fine (no id)
          ['', '', 'glemt2@drammen.idehub.test', 'Fjell', 'ansatt'], // 16: missing name
        ],
        ';',
        true,
      );
      const before = await snapshot('drammen');
      for (const dryRun of [true, false]) {
        const answer = await importOk(file, { dryRun });
        expect(answer.applied).toBe(false);
        expect(answer.errors.map((e) => [e.line, e.column, e.code])).toEqual([
          [3, 'epost', 'EMAIL_MISSING'],
          [4, 'epost', 'EMAIL_INVALID'],
          [5, 'rolle', 'ROLE_UNKNOWN'],
          [6, 'navn', 'NAME_PATIENT_IDENTIFIER'],
          [8, 'epost', 'EMPLOYEE_ID_DUPLICATE'],
          [9, 'epost', 'EMAIL_OTHER_MUNICIPALITY'],
          [10, 'enhet', 'UNIT_MISSING'],
          [11, 'enhet', 'UNIT_INVALID'],
          [12, 'epost', 'EMAIL_TAKEN'],
          [13, 'ansattnummer', 'EMPLOYEE_ID_MISMATCH'],
          [14, 'epost', 'EMAIL_DUPLICATE'],
          [16, 'navn', 'NAME_MISSING'],
        ]);
        expect(answer.errors.find((e) => e.line === 8)!.message).toBe(
          'The employee id 30005 is on line 7 with the e-mail per.ny@drammen.idehub.test.',
        );
        // The identity number is never echoed back.
        expect(JSON.stringify(answer.errors)).not.toContain('15063950073');
      }
      expect(await snapshot('drammen')).toBe(before);
    });

    it('finds the same person reached twice, an anonymised person, and an identity number as employee id', async () => {
      await q(
        `update person set employee_id = '50001', name = 'Tidligere ansatt', email = null, anonymised_at = now()
          where email = 'mina.johansen@drammen.idehub.test'`,
      );
      const answer = await importOk(
        csv([
          HEADER,
          ['10001', 'Anders Moe', 'admin@drammen.idehub.test', '', 'admin'],
          ['10005', 'Kari Nordmann', 'kari.ny@drammen.idehub.test', HOME, 'ansatt'], // Kari, by employee id, new e-mail
          ['', 'Kari Nordmann', 'ansatt@drammen.idehub.test', HOME, 'ansatt'], // Kari again, by her old e-mail
          ['50001', 'Mina Johansen', 'mina.ny@drammen.idehub.test', HOME, 'ansatt'], // anonymised
          ['15063950073', 'Ole Vik', 'ole.vik@drammen.idehub.test', HOME, 'ansatt'], // fødselsnummer as employee id
        ]),
      );
      expect(answer.errors.map((e) => [e.line, e.column, e.code, e.params ?? null])).toEqual([
        [4, 'epost', 'PERSON_DUPLICATE', { otherLine: 3, name: 'Kari Nordmann' }],
        [5, 'ansattnummer', 'PERSON_ANONYMISED', null],
        [6, 'ansattnummer', 'EMPLOYEE_ID_PATIENT_IDENTIFIER', null],
      ]);
      expect(JSON.stringify(answer)).not.toContain('15063950073');
    });

    it('refuses an import that would take away the importing admin’s own role', async () => {
      const id = await municipalityId('lier');
      // Lier's admin holds the role from an earlier import only.
      await q(
        `update membership set source = 'IMPORT' where role = 'ADMIN' and person_id = (select id from person where email = 'admin@lier.idehub.test')`,
      );
      const answer = await importOk(csv([HEADER, ['', 'Silje Aune', 'ansatt@lier.idehub.test', HOME, 'ansatt']]), {
        token: t.lierAdmin,
        dryRun: false,
      });
      expect(answer.errors).toMatchObject([{ line: 1, column: null, code: 'OWN_ADMIN_ROLE' }]);
      const [{ n }] = await q<{ n: number }>(
        `select count(*)::int as n from membership m join person p on p.id = m.person_id where p.municipality_id = $1 and m.role = 'ADMIN'`,
        [id],
      );
      expect(n).toBe(1);
    });
  });

  describe('units by path', () => {
    const HEADER = ['ansattnummer', 'navn', 'epost', 'enhet', 'rolle'];

    it('moves a unit the file puts elsewhere (keeping its suggestions), and renames by spelling', async () => {
      const [bleiker] = await q<{ id: string }>(`select id from unit where name = 'Bleiker sykehjem'`);
      const [{ n: suggestions }] = await q<{ n: number }>(
        `select count(*)::int as n from suggestion where unit_id = $1`,
        [bleiker.id],
      );
      const file = csv([
        HEADER,
        ['1', 'Jonas Vik', 'admin@asker.idehub.test', '', 'admin'],
        ['2', 'Tor Aas', 'kommunalsjef@asker.idehub.test', 'Eldreomsorg', 'leder'],
        ['3', 'Nora Bakke', 'ansatt@asker.idehub.test', 'Eldreomsorg / Bleiker sykehjem', 'ansatt'],
        ['4', 'Emil Strand', 'ansatt2@asker.idehub.test', 'Helse og omsorg / HJEMMETJENESTEN', 'ansatt'],
      ]);
      const answer = await importOk(file, { token: t.askerAdmin, dryRun: false });
      expect(answer.errors).toEqual([]);
      expect(answer.units).toEqual({ created: 1, moved: 1, renamed: 1 });
      const [moved] = await q<{ id: string; parent: string }>(
        `select u.id, p.name as parent from unit u join unit p on p.id = u.parent_id where u.name = 'Bleiker sykehjem'`,
      );
      expect(moved).toEqual({ id: bleiker.id, parent: 'Eldreomsorg' });
      const [{ n: after }] = await q<{ n: number }>(`select count(*)::int as n from suggestion where unit_id = $1`, [
        bleiker.id,
      ]);
      expect(after).toBe(suggestions);
      expect(await q(`select 1 from unit where name = 'HJEMMETJENESTEN'`)).toHaveLength(1);
      const again = await importOk(file, { token: t.askerAdmin, dryRun: false });
      expect(counts(again)).toEqual(ZERO);
    });
  });

  describe('people missing from the file', () => {
    const HEADER = ['ansattnummer', 'navn', 'epost', 'enhet', 'rolle'];
    const HOME = 'Helse og omsorg / Hjemmetjenesten';
    const file = csv([
      HEADER,
      ['1', 'Lene Haug', 'ansatt@kongsberg.idehub.test', HOME, 'ansatt'],
      ['6', 'Eva Brekke', 'admin@kongsberg.idehub.test', '', 'admin'],
      ['7', 'Ny Kongsberg', 'ny@kongsberg.idehub.test', HOME, 'leder'],
    ]);

    it('are left active unless the admin asks', async () => {
      const kongsbergAdmin = await app.login('admin@kongsberg.idehub.test');
      const answer = await importOk(file, { token: kongsbergAdmin, dryRun: false });
      expect(answer.people).toEqual({ created: 1, updated: 2, deactivated: 0 });
      const [{ n }] = await q<{ n: number }>(
        `select count(*)::int as n from person p join municipality m on m.id = p.municipality_id
          where m.slug = 'kongsberg' and p.deactivated_at is not null`,
      );
      expect(n).toBe(0);
    });

    it('are deactivated with deactivateMissing: sessions end, owned answers go back to the leaders, audited', async () => {
      const kongsbergAdmin = await app.login('admin@kongsberg.idehub.test');
      const leaderToken = await app.login('leder@kongsberg.idehub.test');
      const me = await app.gql('{ me { id } }', {}, leaderToken);
      expect(me.data.me.id).toBeTruthy();
      const [owned] = await q<{ id: string }>(
        `with owned as (
           update suggestion set owner_id = (select id from person where email = 'leder@kongsberg.idehub.test')
            where id = (select s.id from suggestion s join municipality m on m.id = s.municipality_id
                         where m.slug = 'kongsberg' and s.closed_at is null limit 1) returning id)
         select id from owned`,
      );

      const dry = await importOk(file, { token: kongsbergAdmin, deactivateMissing: true });
      expect(dry.people).toEqual({ created: 0, updated: 0, deactivated: 4 }); // ansatt2, leder, kommunalsjef, agent
      const answer = await importOk(file, { token: kongsbergAdmin, deactivateMissing: true, dryRun: false });
      expect(answer.people.deactivated).toBe(4);

      const after = await app.gql('{ me { id } }', {}, leaderToken);
      expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const [suggestion] = await q<{ owner_id: string | null }>(`select owner_id from suggestion where id = $1`, [
        owned.id,
      ]);
      expect(suggestion.owner_id).toBeNull();
      const [{ n }] = await q<{ n: number }>(
        `select count(*)::int as n from audit_entry a join person p on p.id = a.entity_id
          where a.action = 'person.deactivate' and p.email like '%@kongsberg.idehub.test'`,
      );
      expect(n).toBe(4);
      // The admin who imported is never deactivated by it, and a second run changes nothing.
      const again = await importOk(file, { token: kongsbergAdmin, deactivateMissing: true, dryRun: false });
      expect(counts(again)).toEqual(ZERO);

      // Back in the file: active again.
      const back = csv([
        HEADER,
        ['1', 'Lene Haug', 'ansatt@kongsberg.idehub.test', 'Helse og omsorg / Hjemmetjenesten', 'ansatt'],
        ['3', 'Marte Eide', 'leder@kongsberg.idehub.test', 'Helse og omsorg / Hjemmetjenesten', 'leder'],
        ['6', 'Eva Brekke', 'admin@kongsberg.idehub.test', '', 'admin'],
        ['7', 'Ny Kongsberg', 'ny@kongsberg.idehub.test', 'Helse og omsorg / Hjemmetjenesten', 'leder'],
      ]);
      const returned = await importOk(back, { token: kongsbergAdmin, dryRun: false });
      expect(returned.people).toEqual({ created: 0, updated: 1, deactivated: 0 });
      await app.login('leder@kongsberg.idehub.test');
    });
  });
});
