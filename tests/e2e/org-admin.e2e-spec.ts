import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SendNotificationEmailTask } from '../../api/src/jobs/send-notification-email.task';
import { codeOf, startTestApp, TestApp } from '../support/test-app';

const CREATE_UNIT = 'mutation($i: CreateUnitInput!) { createUnit(input: $i) { id name parentId } }';
const UPDATE_UNIT = 'mutation($i: UpdateUnitInput!) { updateUnit(input: $i) { id name parentId } }';
const CLOSE_UNIT = 'mutation($id: ID!, $to: ID!) { closeUnit(id: $id, moveOpenSuggestionsToId: $to) { id } }';
const ADD_PERSON =
  'mutation($i: AddPersonInput!) { addPerson(input: $i) { id name email memberships { role unit { id name } } } }';
const UPDATE_PERSON = 'mutation($i: UpdatePersonInput!) { updatePerson(input: $i) { id name email } }';
const SET_MEMBERSHIPS =
  'mutation($p: ID!, $m: [MembershipInput!]!) { setMemberships(personId: $p, memberships: $m) { id memberships { role unit { id } } } }';
const DEACTIVATE = 'mutation($id: ID!) { deactivatePerson(id: $id) { id } }';
const REACTIVATE = 'mutation($id: ID!) { reactivatePerson(id: $id) { id } }';
const DIRECTORY = `query($f: PeopleDirectoryFilter, $first: Int, $after: String) {
  peopleDirectory(filter: $f, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id name email active memberships { role source unit { id name } } } }
  }
}`;
const SUBMIT = 'mutation($i: SubmitSuggestionInput!) { submitSuggestion(input: $i) { id responseDueAt } }';
const DESCRIPTION = 'En beskrivelse som er lang nok til å bli godtatt av skjemaet.';

describe('units, people and roles at /admin', () => {
  let app: TestApp;
  const t: Record<string, string> = {};
  const unit: Record<string, string> = {};
  const person: Record<string, string> = {};

  const ok = async (query: string, variables: Record<string, unknown>, token = t.admin) => {
    const res = await app.gql(query, variables, token);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data;
  };
  const fields = (res: { errors?: { extensions?: { fields?: { field: string; message: string }[] } }[] }) =>
    res.errors?.[0]?.extensions?.fields?.map((f) => f.field);
  const audit = async (action: string, entityId: string) =>
    (await app.db.query(`select before, after, actor_id from audit_entry where action = $1 and entity_id = $2`, [
      action,
      entityId,
    ])) as { before: unknown; after: Record<string, unknown>; actor_id: string }[];

  beforeAll(async () => {
    app = await startTestApp({ demo: true });
    for (const who of ['ansatt', 'ansatt2', 'leder', 'kommunalsjef', 'agent', 'admin'])
      t[who] = await app.login(`${who}@drammen.idehub.test`);
    t.k_admin = await app.login('admin@kongsberg.idehub.test');
    for (const u of (await ok('{ units { id name } }', {})).units) unit[u.name] = u.id;
    for (const p of (await ok('{ people { id email } }', {})).people) person[p.email.split('@')[0]] = p.id;
    unit.kongsbergHome = (await ok('{ units { id name } }', {}, t.k_admin)).units.find(
      (u: { name: string }) => u.name === 'Hjemmetjenesten',
    ).id;
  }, 60_000);
  afterAll(() => app?.stop());

  it('lets only admins of the municipality manage units and people; others get FORBIDDEN or NOT_FOUND', async () => {
    for (const who of ['ansatt', 'leder', 'kommunalsjef', 'agent']) {
      expect(codeOf(await app.gql(CREATE_UNIT, { i: { name: 'Ny enhet' } }, t[who]))).toBe('FORBIDDEN');
      expect(codeOf(await app.gql(DEACTIVATE, { id: person.ansatt2 }, t[who]))).toBe('FORBIDDEN');
      expect(codeOf(await app.gql(DIRECTORY, {}, t[who]))).toBe('FORBIDDEN');
      expect(
        codeOf(await app.gql(ADD_PERSON, { i: { name: 'X', email: 'x@drammen.no', memberships: [] } }, t[who])),
      ).toBe('FORBIDDEN');
    }
    expect(codeOf(await app.gql(CREATE_UNIT, { i: { name: 'Ny enhet' } }))).toBe('UNAUTHENTICATED');
    // Kongsberg's admin cannot see or touch Drammen's units and people.
    expect(codeOf(await app.gql(UPDATE_UNIT, { i: { id: unit.Hjemmetjenesten, name: 'X' } }, t.k_admin))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(await app.gql(DEACTIVATE, { id: person.ansatt2 }, t.k_admin))).toBe('NOT_FOUND');
    expect(
      codeOf(await app.gql('query($id: ID!) { directoryPerson(id: $id) { id } }', { id: person.ansatt }, t.k_admin)),
    ).toBe('NOT_FOUND');
    expect(
      codeOf(await app.gql(CLOSE_UNIT, { id: unit.Hjemmetjenesten, to: unit['Helse og omsorg'] }, t.k_admin)),
    ).toBe('NOT_FOUND');
  });

  it('creates, renames and moves units, refusing clashes, other municipalities and cycles', async () => {
    const created = (await ok(CREATE_UNIT, { i: { name: '  Nattpatruljen ', parentId: unit['Helse og omsorg'] } }))
      .createUnit;
    expect(created).toMatchObject({ name: 'Nattpatruljen', parentId: unit['Helse og omsorg'] });
    unit.Nattpatruljen = created.id;
    expect((await audit('unit.create', created.id))[0]).toMatchObject({ actor_id: person.admin });

    const clash = await app.gql(
      CREATE_UNIT,
      { i: { name: 'Nattpatruljen', parentId: unit['Helse og omsorg'] } },
      t.admin,
    );
    expect(codeOf(clash)).toBe('BAD_USER_INPUT');
    expect(fields(clash)).toEqual(['name']);
    const foreign = await app.gql(CREATE_UNIT, { i: { name: 'Z', parentId: unit.kongsbergHome } }, t.admin);
    expect(codeOf(foreign)).toBe('BAD_USER_INPUT');
    expect(fields(foreign)).toEqual(['parentId']);
    expect(fields(await app.gql(CREATE_UNIT, { i: { name: '' } }, t.admin))).toEqual(['name']);

    const renamed = (await ok(UPDATE_UNIT, { i: { id: created.id, name: 'Natt og helg' } })).updateUnit;
    expect(renamed.name).toBe('Natt og helg');
    expect((await audit('unit.rename', created.id))[0].after).toMatchObject({ name: 'Natt og helg' });

    const sub = (await ok(CREATE_UNIT, { i: { name: 'Helgeteam', parentId: created.id } })).createUnit;
    unit.Helgeteam = sub.id;
    // A unit under itself, or under a unit below it, would be a cycle.
    for (const parentId of [created.id, sub.id]) {
      const cycle = await app.gql(UPDATE_UNIT, { i: { id: created.id, parentId } }, t.admin);
      expect(codeOf(cycle)).toBe('BAD_USER_INPUT');
      expect(fields(cycle)).toEqual(['parentId']);
    }
    const top = await app.gql(UPDATE_UNIT, { i: { id: unit['Helse og omsorg'], parentId: sub.id } }, t.admin);
    expect(fields(top)).toEqual(['parentId']);
    expect(
      fields(await app.gql(UPDATE_UNIT, { i: { id: created.id, parentId: unit.kongsbergHome } }, t.admin)),
    ).toEqual(['parentId']);

    const moved = (await ok(UPDATE_UNIT, { i: { id: sub.id, parentId: unit.Hjemmetjenesten } })).updateUnit;
    expect(moved.parentId).toBe(unit.Hjemmetjenesten);
    expect((await audit('unit.move', sub.id))[0]).toMatchObject({
      before: { parentId: created.id },
      after: { parentId: unit.Hjemmetjenesten },
    });
    await ok(UPDATE_UNIT, { i: { id: sub.id, parentId: created.id } });
  });

  it('adds and edits people with memberships; e-mail unique; ADMIN holds for the municipality', async () => {
    const added = (
      await ok(ADD_PERSON, {
        i: {
          name: 'Nina Natt',
          email: 'Nina.Natt@Drammen.kommune.no',
          memberships: [
            { unitId: unit.Nattpatruljen, role: 'STAFF' },
            { unitId: unit.Hjemmetjenesten, role: 'ADMIN' },
          ],
        },
      })
    ).addPerson;
    person.nina = added.id;
    expect(added.email).toBe('nina.natt@drammen.kommune.no');
    expect(added.memberships).toEqual(
      expect.arrayContaining([
        { role: 'STAFF', unit: { id: unit.Nattpatruljen, name: 'Natt og helg' } },
        { role: 'ADMIN', unit: null },
      ]),
    );
    expect((await audit('person.create', added.id))[0].after).toMatchObject({ name: 'Nina Natt' });

    const taken = await app.gql(
      ADD_PERSON,
      { i: { name: 'Kopi', email: 'ANSATT@drammen.idehub.test', memberships: [] } },
      t.admin,
    );
    expect(codeOf(taken)).toBe('BAD_USER_INPUT');
    expect(fields(taken)).toEqual(['email']);
    const noUnit = await app.gql(
      ADD_PERSON,
      { i: { name: 'Y', email: 'y@d.no', memberships: [{ role: 'LEADER' }] } },
      t.admin,
    );
    expect(fields(noUnit)).toEqual(['memberships.0.unitId']);
    const badEmail = await app.gql(ADD_PERSON, { i: { name: 'Y', email: 'nope', memberships: [] } }, t.admin);
    expect(fields(badEmail)).toEqual(['email']);
    expect(await app.db.query(`select 1 from person where name in ('Kopi', 'Y')`)).toEqual([]);

    const edited = (
      await ok(UPDATE_PERSON, { i: { id: added.id, name: 'Nina Natvik', email: 'nina@drammen.kommune.no' } })
    ).updatePerson;
    expect(edited).toMatchObject({ name: 'Nina Natvik', email: 'nina@drammen.kommune.no' });
    expect((await audit('person.update', added.id))[0]).toMatchObject({
      before: { name: 'Nina Natt' },
      after: { name: 'Nina Natvik' },
    });
    expect(
      fields(await app.gql(UPDATE_PERSON, { i: { id: added.id, email: 'leder@drammen.idehub.test' } }, t.admin)),
    ).toEqual(['email']);
  });

  it('sets memberships (new ones MANUAL), and never removes the last active admin', async () => {
    // Nina gives up ADMIN while Anders is admin: fine.
    const set = (
      await ok(SET_MEMBERSHIPS, {
        p: person.nina,
        m: [
          { unitId: unit.Nattpatruljen, role: 'STAFF' },
          { unitId: unit.Nattpatruljen, role: 'LEADER' },
        ],
      })
    ).setMemberships;
    expect(set.memberships).toHaveLength(2);
    const rows = await app.db.query(`select role, source from membership where person_id = $1 order by role`, [
      person.nina,
    ]);
    expect(rows).toEqual([
      { role: 'STAFF', source: 'MANUAL' },
      { role: 'LEADER', source: 'MANUAL' },
    ]);
    expect((await audit('person.memberships', person.nina))[0].after).toMatchObject({
      removed: [{ role: 'ADMIN', unitId: null }],
      added: [{ role: 'LEADER', unitId: unit.Nattpatruljen }],
    });

    // Anders is now the only admin: he cannot lose the role nor be deactivated.
    const demote = await app.gql(SET_MEMBERSHIPS, { p: person.admin, m: [] }, t.admin);
    expect(codeOf(demote)).toBe('BAD_USER_INPUT');
    expect(fields(demote)).toEqual(['memberships']);
    expect(codeOf(await app.gql(DEACTIVATE, { id: person.admin }, t.admin))).toBe('BAD_USER_INPUT');
    expect(await app.db.query(`select role from membership where person_id = $1`, [person.admin])).toEqual([
      { role: 'ADMIN' },
    ]);
    // Membership in a closed or foreign unit is refused.
    expect(
      fields(
        await app.gql(SET_MEMBERSHIPS, { p: person.nina, m: [{ unitId: unit.kongsbergHome, role: 'STAFF' }] }, t.admin),
      ),
    ).toEqual(['memberships.0.unitId']);
  });

  it('deactivation ends a live session at once and releases assignments; reactivation lets them in again', async () => {
    const suggestion = (
      await ok(
        SUBMIT,
        { i: { title: 'Bedre nattlys i gangen', description: DESCRIPTION, unitId: unit.Hjemmetjenesten } },
        t.ansatt,
      )
    ).submitSuggestion;
    await ok(
      'mutation($i: AssignSuggestionInput!) { assignSuggestion(input: $i) { id } }',
      { i: { suggestionId: suggestion.id, personId: person.leder } },
      t.kommunalsjef,
    );
    expect((await app.gql('{ me { id } }', {}, t.leder)).data.me.id).toBe(person.leder);

    await ok(DEACTIVATE, { id: person.leder });
    expect(codeOf(await app.gql('{ me { id } }', {}, t.leder))).toBe('UNAUTHENTICATED');
    await expect(app.login('leder@drammen.idehub.test')).rejects.toThrow();
    const [s] = await app.db.query(`select owner_id from suggestion where id = $1`, [suggestion.id]);
    expect(s.owner_id).toBeNull();
    expect(await audit('person.deactivate', person.leder)).toHaveLength(1);
    // Hidden from the directory by default, shown with includeDeactivated.
    const active = (await ok(DIRECTORY, { f: { search: 'Ingrid' } })).peopleDirectory;
    expect(active.totalCount).toBe(0);
    const all = (await ok(DIRECTORY, { f: { search: 'Ingrid', includeDeactivated: true } })).peopleDirectory;
    expect(all.edges[0].node).toMatchObject({ name: 'Ingrid Berg', active: false });

    await ok(REACTIVATE, { id: person.leder });
    t.leder = await app.login('leder@drammen.idehub.test');
    expect(await audit('person.reactivate', person.leder)).toHaveLength(1);
  });

  it('closes a unit: refuses while it has open units below or members, then moves its open suggestions in one go', async () => {
    const submitted = (
      await ok(
        SUBMIT,
        { i: { title: 'Felles nattrapport', description: DESCRIPTION, unitId: unit.Nattpatruljen } },
        t.ansatt,
      )
    ).submitSuggestion;
    await ok('mutation($id: ID!) { followSuggestion(id: $id) { id } }', { id: submitted.id }, t.ansatt2);

    const blocked = await app.gql(CLOSE_UNIT, { id: unit.Nattpatruljen, to: unit.Hjemmetjenesten }, t.admin);
    expect(codeOf(blocked)).toBe('BAD_USER_INPUT');
    expect(blocked.errors![0].extensions!.fields!.map((f) => f.message).join(' ')).toMatch(
      /open unit.*below.*active member/s,
    );
    // Nothing moved, nothing closed.
    const [still] = await app.db.query(`select unit_id from suggestion where id = $1`, [submitted.id]);
    expect(still.unit_id).toBe(unit.Nattpatruljen);

    expect(fields(await app.gql(CLOSE_UNIT, { id: unit.Nattpatruljen, to: unit.Nattpatruljen }, t.admin))).toEqual([
      'moveOpenSuggestionsToId',
    ]);
    expect(fields(await app.gql(CLOSE_UNIT, { id: unit.Nattpatruljen, to: unit.kongsbergHome }, t.admin))).toEqual([
      'moveOpenSuggestionsToId',
    ]);

    await ok(CLOSE_UNIT, { id: unit.Helgeteam, to: unit.Hjemmetjenesten });
    await ok(SET_MEMBERSHIPS, { p: person.nina, m: [{ unitId: unit.Hjemmetjenesten, role: 'STAFF' }] });
    app.clock.advance(60_000);
    await ok(CLOSE_UNIT, { id: unit.Nattpatruljen, to: unit.Hjemmetjenesten });

    const [after] = await app.db.query(`select unit_id, response_due_at from suggestion where id = $1`, [submitted.id]);
    expect(after.unit_id).toBe(unit.Hjemmetjenesten);
    expect(new Date(after.response_due_at).toISOString()).toBe(submitted.responseDueAt);
    expect(
      await app.db.query(`select 1 from follower where suggestion_id = $1 and person_id = $2`, [
        submitted.id,
        person.ansatt2,
      ]),
    ).toHaveLength(1);
    // The submitter is told where it went (in the app, and by e-mail through the outbox).
    const notes = (
      await ok('{ notifications(first: 5) { edges { node { kind unitName title suggestion { id } } } } }', {}, t.ansatt)
    ).notifications.edges.map((e: { node: unknown }) => e.node);
    expect(notes).toContainEqual({
      kind: 'SUGGESTION_MOVED',
      unitName: 'Hjemmetjenesten',
      title: 'Felles nattrapport',
      suggestion: { id: submitted.id },
    });
    const [moved] = await app.db.query(
      `select n.id, exists (select 1 from graphile_worker.jobs j where j.key = 'email:' || n.id) as queued
         from notification n where n.kind = 'SUGGESTION_MOVED' and n.suggestion_id = $1`,
      [submitted.id],
    );
    expect(moved.queued).toBe(true);
    expect(await app.running.app.get(SendNotificationEmailTask).run(moved.id)).toBe('SENT');
    const mail = fs.readFileSync(path.join(app.config.mailDir, `${moved.id}@idehub.eml`), 'utf8');
    expect(mail).toContain('ansatt@drammen.idehub.test');
    expect(mail).toMatch(/flyttet til Hjemmetjenesten/);
    expect(await audit('suggestion.move', submitted.id)).toHaveLength(1);
    expect((await audit('unit.close', unit.Nattpatruljen))[0].after).toMatchObject({ movedSuggestions: 1 });

    // Gone from pickers, still in the admin's list with closedAt, still named in history.
    expect((await ok('{ units { id } }', {}, t.ansatt)).units.map((u: { id: string }) => u.id)).not.toContain(
      unit.Nattpatruljen,
    );
    const adminUnits = (await ok('{ adminUnits { id closedAt memberCount openSuggestionCount } }', {})).adminUnits;
    expect(adminUnits.find((u: { id: string }) => u.id === unit.Nattpatruljen).closedAt).not.toBeNull();
    expect(codeOf(await app.gql(UPDATE_UNIT, { i: { id: unit.Nattpatruljen, name: 'Igjen' } }, t.admin))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      fields(await app.gql(CREATE_UNIT, { i: { name: 'Under lukket', parentId: unit.Nattpatruljen } }, t.admin)),
    ).toEqual(['parentId']);
    // Nothing new can be submitted to a closed unit.
    const late = await app.gql(
      SUBMIT,
      { i: { title: 'For sent til nattpatruljen', description: DESCRIPTION, unitId: unit.Nattpatruljen } },
      t.ansatt,
    );
    expect(codeOf(late)).toBe('BAD_USER_INPUT');
    expect(fields(late)).toEqual(['unitId']);
  });

  it('lists people by name with search, unit and role filters and keyset paging', async () => {
    const byRole = (await ok(DIRECTORY, { f: { role: 'LEADER' } })).peopleDirectory;
    expect(byRole.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(['Ingrid Berg', 'Per Solberg']);
    const byUnit = (await ok(DIRECTORY, { f: { unitId: unit.Hjemmetjenesten, role: 'STAFF' } })).peopleDirectory;
    expect(byUnit.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual([
      'Kari Nordmann',
      'Nina Natvik',
      'Ola Hansen',
    ]);
    const byEmail = (await ok(DIRECTORY, { f: { search: 'KOMMUNALSJEF@' } })).peopleDirectory;
    expect(byEmail.edges[0].node).toMatchObject({ name: 'Per Solberg', email: 'kommunalsjef@drammen.idehub.test' });
    expect((await ok(DIRECTORY, { f: { search: '%' } })).peopleDirectory.totalCount).toBe(0);

    const first = (await ok(DIRECTORY, { first: 3 })).peopleDirectory;
    expect(first.totalCount).toBe(7);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (await ok(DIRECTORY, { first: 10, after: first.pageInfo.endCursor })).peopleDirectory;
    expect(rest.pageInfo.hasNextPage).toBe(false);
    const names = [...first.edges, ...rest.edges].map((e: { node: { name: string } }) => e.node.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(new Set(names).size).toBe(7);
    expect(codeOf(await app.gql(DIRECTORY, { after: 'garbage' }, t.admin))).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.gql(DIRECTORY, { first: 500 }, t.admin))).toBe('BAD_USER_INPUT');
  });

  it('stays fast at 20 000 people (search, filter and page)', async () => {
    const [{ id: municipalityId }] = await app.db.query(`select id from municipality where slug = 'drammen'`);
    const started = performance.now();
    await app.db.query(
      `insert into person (municipality_id, name, email, locale, created_at)
       select $1, 'Testperson ' || lpad(i::text, 5, '0') || ' ' || (array['Hansen','Johansen','Olsen','Larsen','Berg'])[1 + i % 5],
              'test' || i || '@last.drammen.no', 'nb', now()
         from generate_series(1, 20000) as i`,
      [municipalityId],
    );
    await app.db.query(
      `insert into membership (person_id, unit_id, role, source)
       select p.id, $1, 'STAFF', 'IMPORT' from person p where p.email like '%@last.drammen.no'`,
      [unit.Hjemmetjenesten],
    );
    await app.db.query('analyze person; analyze membership');
    const seeded = performance.now() - started;

    const timings: Record<string, number> = {};
    // The faster of two: one slow answer on a busy test machine (CI runs three lanes side by side) must not decide it,
    // while a directory that really scans the 20 000 people is slow both times.
    const time = async (label: string, vars: Record<string, unknown>) => {
      let result: any;
      for (let attempt = 0; attempt < 2; attempt++) {
        const t0 = performance.now();
        result = (await ok(DIRECTORY, vars)).peopleDirectory;
        const ms = Math.round(performance.now() - t0);
        timings[label] = Math.min(timings[label] ?? Infinity, ms);
      }
      return result;
    };
    const page1 = await time('first page, no filter', { first: 50 });
    expect(page1.totalCount).toBe(20_007);
    await time('page 2', { first: 50, after: page1.pageInfo.endCursor });
    const search = await time('search "12345"', { f: { search: '12345' } });
    expect(search.totalCount).toBe(1);
    const surname = await time('search "johansen"', { f: { search: 'johansen' }, first: 50 });
    expect(surname.totalCount).toBe(4000);
    await time('unit + role', { f: { unitId: unit.Hjemmetjenesten, role: 'STAFF' }, first: 50 });
    await time('search e-mail "test1999"', { f: { search: 'test1999' } });
    console.log(`peopleDirectory at 20 000 people (seeded in ${Math.round(seeded)} ms):`, timings);
    for (const ms of Object.values(timings)) expect(ms).toBeLessThan(1500);
  }, 120_000);
});
