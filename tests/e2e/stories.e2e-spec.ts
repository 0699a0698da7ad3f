import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { seedDemoStories } from '../../api/src/demo/seed-stories';
import { STORY_SEARCH_DOCUMENT } from '../../api/src/stories/success-story.entity';
import { codeOf, GraphQLResult, startTestApp, TestApp } from '../support/test-app';

const STORY_FIELDS = `id title summary problem solution technology lessons trainingTips status version publishedAt canEdit
  municipality { id name } author { name } contactPerson { name }
  gains { category description value unit }
  adoptions { municipality { name } unit { name } status title suggestion { id title } }
  suggestions { id title }`;

const CREATE = `mutation($input: CreateSuccessStoryInput!) { createSuccessStory(input: $input) { ${STORY_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateSuccessStoryInput!) { updateSuccessStory(input: $input) { ${STORY_FIELDS} } }`;
const PUBLISH = `mutation($id: ID!) { publishSuccessStory(id: $id) { ${STORY_FIELDS} } }`;
const STORY = `query($id: ID!) { successStory(id: $id) { ${STORY_FIELDS} } }`;
const LIST = `query($filter: SuccessStoryFilter, $first: Int, $after: String) {
  successStories(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title status municipality { name } } }
  } }`;
const ADOPT = `mutation($input: AdoptSuccessStoryInput!) {
  adoptSuccessStory(input: $input) { id title description status responseDueAt submittedAt unit { id name } adoptedFrom { id title } } }`;
const SUBMIT = `mutation($input: SubmitSuggestionInput!) { submitSuggestion(input: $input) { id } }`;
const RESPOND = `mutation($input: RespondToSuggestionInput!) { respondToSuggestion(input: $input) { id status } }`;

/** Fails the test with the errors when a call that should succeed did not. */
function ok<T = any>(result: GraphQLResult<T>): T {
  expect(result.errors).toBeUndefined();
  return result.data!;
}

const fieldsOf = (result: GraphQLResult) => result.errors?.[0]?.extensions?.fields ?? [];

const baseStory = {
  title: 'Medisindispenser gir tryggere morgener',
  summary: 'Med medisindispenser hjemme får brukerne medisinene til rett tid, og vi sparer mange korte besøk.',
  problem: 'Mange korte besøk bare for å dele ut medisiner.',
  solution: 'Vi tok i bruk medisindispensere hos tolv brukere, med opplæring av superbrukere på hver vakt.',
  technology: ['Medisindispenser', ' medisindispenser ', 'Nettbrett'],
  lessons: 'Start med brukere som selv ønsker det, og gi superbrukerne tid i turnus.',
  gains: [
    { category: 'RESOURCE_USE', description: 'Sparte 6 timer per uke', value: 6, unit: 'timer per uke' },
    { category: 'PATIENT_SAFETY_QUALITY', description: 'Ingen glemte medisindoser siden oppstart' },
  ],
};

describe('success stories', () => {
  let app: TestApp;
  const tokens: Record<string, string> = {};
  const units: Record<string, Record<string, string>> = {};
  const as = (who: string) => tokens[who];

  beforeAll(async () => {
    app = await startTestApp({ demo: true });
    for (const m of ['drammen', 'asker', 'kongsberg']) {
      for (const local of ['ansatt', 'ansatt2', 'leder', 'kommunalsjef', 'agent', 'admin']) {
        tokens[`${local}@${m}`] = await app.login(`${local}@${m}.idehub.test`);
      }
      const list = ok(await app.gql('{ units { id name } }', {}, tokens[`ansatt@${m}`])).units as {
        id: string;
        name: string;
      }[];
      units[m] = Object.fromEntries(list.map((u) => [u.name, u.id]));
    }
  });
  afterAll(() => app?.stop());

  /** A suggestion in Drammen's Hjemmetjenesten taken all the way to IMPLEMENTED, followed by ansatt2. */
  async function implementedSuggestion(title: string): Promise<string> {
    const { submitSuggestion } = ok(
      await app.gql(
        SUBMIT,
        {
          input: {
            title,
            description: 'Forslag som ble gjennomført og ble en suksesshistorie.',
            unitId: units.drammen.Hjemmetjenesten,
          },
        },
        as('ansatt@drammen'),
      ),
    );
    ok(
      await app.gql(
        'mutation($id: ID!) { followSuggestion(id: $id) { id } }',
        { id: submitSuggestion.id },
        as('ansatt2@drammen'),
      ),
    );
    for (const status of ['ACCEPTED', 'IN_PROGRESS', 'IMPLEMENTED']) {
      ok(
        await app.gql(
          RESPOND,
          {
            input: {
              suggestionId: submitSuggestion.id,
              status,
              message: `Status endret til ${status}, takk for forslaget!`,
            },
          },
          as('leder@drammen'),
        ),
      );
    }
    return submitSuggestion.id;
  }

  describe('demo data', () => {
    it('has published stories with gains in every municipality, and adoptions across municipalities', async () => {
      const page = ok(
        await app.gql(
          `{ successStories(first: 100) { totalCount edges { node { title municipality { name } gains { category value unit }
               adoptions { municipality { name } unit { name } status } suggestions { title } } } } }`,
          {},
          as('ansatt@kongsberg'),
        ),
      ).successStories;
      const stories = page.edges.map((e: any) => e.node);
      expect(new Set(stories.map((s: any) => s.municipality.name))).toEqual(
        new Set(['Drammen kommune', 'Asker kommune', 'Kongsberg kommune', 'Lier kommune']),
      );
      expect(stories.every((s: any) => s.gains.length > 0)).toBe(true);
      const dispenser = stories.find((s: any) => s.title.startsWith('Medisindispenser'));
      expect(dispenser.municipality.name).toBe('Drammen kommune');
      expect(dispenser.gains).toContainEqual({ category: 'RESOURCE_USE', value: 6, unit: 'timer per uke' });
      expect(dispenser.adoptions).toEqual([
        { municipality: { name: 'Lier kommune' }, unit: { name: 'Hjemmetjenesten' }, status: 'IN_PROGRESS' },
        { municipality: { name: 'Asker kommune' }, unit: { name: 'Hjemmetjenesten' }, status: 'UNDER_REVIEW' },
      ]);
      // Kongsberg staff see Kongsberg's own story linked to its implemented suggestion.
      const superUsers = stories.find((s: any) => s.title === 'Superbrukernettverk på tvers av sonene');
      expect(superUsers.suggestions).toEqual([
        { title: 'Felles oversikt over hvem som er superbruker på hvilken teknologi' },
      ]);
      // Drammen's draft is not among them.
      expect(stories.some((s: any) => s.title.startsWith('Elektroniske dørlåser hos brukere'))).toBe(false);
    });

    it('seeding the stories again adds nothing', async () => {
      const count = async () =>
        (
          await app.db.query(
            `select (select count(*) from success_story)::int as stories, (select count(*) from suggestion)::int as suggestions`,
          )
        )[0];
      const before = await count();
      await seedDemoStories(app.db, app.clock.now(), pino({ level: 'silent' }));
      expect(await count()).toEqual(before);
    });
  });

  describe('who may write', () => {
    it.each(['ansatt@drammen', 'admin@drammen'])('refuses %s to create a story (FORBIDDEN)', async (who) => {
      const res = await app.gql(CREATE, { input: baseStory }, as(who));
      expect(codeOf(res)).toBe('FORBIDDEN');
    });

    it.each(['agent@drammen', 'leder@drammen'])('lets %s create a draft with structured gains', async (who) => {
      const story = ok(await app.gql(CREATE, { input: baseStory }, as(who))).createSuccessStory;
      expect(story.status).toBe('DRAFT');
      expect(story.publishedAt).toBeNull();
      expect(story.municipality.name).toBe('Drammen kommune');
      expect(story.contactPerson.name).toBe(story.author.name);
      expect(story.technology).toEqual(['Medisindispenser', 'Nettbrett']);
      expect(story.gains).toEqual([
        { category: 'RESOURCE_USE', description: 'Sparte 6 timer per uke', value: 6, unit: 'timer per uke' },
        {
          category: 'PATIENT_SAFETY_QUALITY',
          description: 'Ingen glemte medisindoser siden oppstart',
          value: null,
          unit: null,
        },
      ]);
      expect(story.canEdit).toBe(true);
    });

    it('refuses staff to edit or publish a draft, and hides it from them', async () => {
      const { id } = ok(await app.gql(CREATE, { input: baseStory }, as('agent@drammen'))).createSuccessStory;
      expect(codeOf(await app.gql(UPDATE, { input: { id, title: 'Endret av ansatt' } }, as('ansatt@drammen')))).toBe(
        'FORBIDDEN',
      );
      expect(codeOf(await app.gql(PUBLISH, { id }, as('ansatt@drammen')))).toBe('FORBIDDEN');
      expect(codeOf(await app.gql(PUBLISH, { id }, as('admin@drammen')))).toBe('FORBIDDEN');
    });

    it('lets another leader of the municipality finish and publish an agent’s draft, but not a leader elsewhere', async () => {
      const { id } = ok(await app.gql(CREATE, { input: baseStory }, as('agent@drammen'))).createSuccessStory;
      expect(codeOf(await app.gql(UPDATE, { input: { id, title: 'Fra Asker' } }, as('leder@asker')))).toBe('NOT_FOUND');
      expect(codeOf(await app.gql(PUBLISH, { id }, as('agent@asker')))).toBe('NOT_FOUND');
      const updated = ok(
        await app.gql(UPDATE, { input: { id, lessons: 'Lederen la til erfaringer.' } }, as('kommunalsjef@drammen')),
      );
      expect(updated.updateSuccessStory.lessons).toBe('Lederen la til erfaringer.');
      const published = ok(await app.gql(PUBLISH, { id }, as('kommunalsjef@drammen'))).publishSuccessStory;
      expect(published.status).toBe('PUBLISHED');
      // Published, it is visible in Asker, but Asker still may not change it.
      expect(codeOf(await app.gql(UPDATE, { input: { id, title: 'Fra Asker' } }, as('leder@asker')))).toBe('FORBIDDEN');
    });
  });

  describe('visibility', () => {
    it('shows a draft to its author and the municipality’s leaders, agents and admins only; once published, to everyone in the hub', async () => {
      const { id } = ok(
        await app.gql(CREATE, { input: { ...baseStory, title: 'Utkast om fallsensor' } }, as('agent@drammen')),
      ).createSuccessStory;
      for (const who of ['agent@drammen', 'leder@drammen', 'kommunalsjef@drammen', 'admin@drammen']) {
        expect(ok(await app.gql(STORY, { id }, as(who))).successStory?.id, who).toBe(id);
      }
      for (const who of ['ansatt@drammen', 'ansatt@asker', 'leder@asker', 'agent@asker', 'admin@kongsberg']) {
        expect(ok(await app.gql(STORY, { id }, as(who))).successStory, who).toBeNull();
      }
      const draftsOfAsker = ok(
        await app.gql(LIST, { filter: { includeMyDrafts: true }, first: 100 }, as('leder@asker')),
      ).successStories;
      expect(draftsOfAsker.edges.map((e: any) => e.node.id)).not.toContain(id);
      const mine = ok(
        await app.gql(LIST, { filter: { includeMyDrafts: true }, first: 100 }, as('agent@drammen')),
      ).successStories;
      expect(mine.edges.map((e: any) => e.node.id)).toContain(id);
      const published = ok(await app.gql(LIST, { first: 100 }, as('agent@drammen'))).successStories;
      expect(published.edges.map((e: any) => e.node.id)).not.toContain(id);

      ok(await app.gql(PUBLISH, { id }, as('agent@drammen')));
      for (const who of ['ansatt@drammen', 'ansatt@asker', 'leder@asker', 'admin@kongsberg', 'ansatt2@kongsberg']) {
        const story = ok(await app.gql(STORY, { id }, as(who))).successStory;
        expect(story?.status, who).toBe('PUBLISHED');
        expect(story.canEdit, who).toBe(false);
      }
      const inKongsberg = ok(await app.gql(LIST, { first: 100 }, as('ansatt@kongsberg'))).successStories;
      expect(inKongsberg.edges.map((e: any) => e.node.id)).toContain(id);
    });

    it('answers null for an id that is not a story', async () => {
      expect(
        ok(await app.gql(STORY, { id: '00000000-0000-4000-8000-000000000000' }, as('ansatt@asker'))).successStory,
      ).toBeNull();
      expect(ok(await app.gql(STORY, { id: 'ikke-en-id' }, as('ansatt@asker'))).successStory).toBeNull();
    });
  });

  describe('validation', () => {
    it('names each bad field, including the gain by its position', async () => {
      const res = await app.gql(
        CREATE,
        {
          input: {
            title: 'Ok',
            summary: 'Kort',
            technology: ['x'],
            gains: [
              { category: 'RESOURCE_USE', description: '' },
              { category: 'RESOURCE_USE', description: 'Sparte tid', value: 6 },
              { category: 'STAFF_MASTERY', description: 'Tryggere ansatte', unit: 'antall' },
              { category: 'USER_INDEPENDENCE', description: 'Færre besøk', value: -2, unit: 'antall' },
            ],
          },
        },
        as('agent@drammen'),
      );
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      const fields = fieldsOf(res).map((f) => f.field);
      expect(fields).toEqual(
        expect.arrayContaining([
          'title',
          'summary',
          'technology',
          'gains.0.description',
          'gains.1.unit',
          'gains.2.value',
          'gains.3.value',
        ]),
      );
      expect(fieldsOf(res)).toContainEqual({ field: 'gains.1.unit', message: 'is required when a value is given' });
      expect(fieldsOf(res)).toContainEqual({
        field: 'gains.2.value',
        message: 'must be a number when a unit is given',
      });
    });

    it('refuses a national identity number in a gain, naming the gain', async () => {
      const res = await app.gql(
        CREATE,
        {
          input: {
            ...baseStory,
            gains: [
              baseStory.gains[0],
              { category: 'PATIENT_SAFETY_QUALITY', description: 'Gjelder bruker 15063950073' },
            ],
          },
        },
        as('agent@drammen'),
      );
      expect(codeOf(res)).toBe('PATIENT_IDENTIFIER');
      expect(fieldsOf(res).map((f) => f.field)).toEqual(['gains.1.description']);
    });

    it('links only implemented suggestions of the author’s municipality', async () => {
      const implemented = await implementedSuggestion('Ferdig forslag som ble til en historie');
      const { submitSuggestion: open } = ok(
        await app.gql(
          SUBMIT,
          {
            input: {
              title: 'Åpent forslag i Drammen',
              description: 'Ikke gjennomført ennå, bare sendt inn.',
              unitId: units.drammen.Hjemmetjenesten,
            },
          },
          as('ansatt@drammen'),
        ),
      );
      const { submitSuggestion: inAsker } = ok(
        await app.gql(
          SUBMIT,
          {
            input: {
              title: 'Forslag i Asker',
              description: 'Et forslag i en annen kommune.',
              unitId: units.asker.Hjemmetjenesten,
            },
          },
          as('ansatt@asker'),
        ),
      );
      const res = await app.gql(
        CREATE,
        { input: { ...baseStory, suggestionIds: [implemented, open.id, inAsker.id] } },
        as('agent@drammen'),
      );
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(res)).toEqual([
        { field: 'suggestionIds.1', message: 'must be an implemented suggestion' },
        { field: 'suggestionIds.2', message: 'is not a suggestion of your municipality that you can see' },
      ]);
      const linked = ok(
        await app.gql(CREATE, { input: { ...baseStory, suggestionIds: [implemented] } }, as('agent@drammen')),
      );
      expect(linked.createSuccessStory.suggestions).toEqual([
        { id: implemented, title: 'Ferdig forslag som ble til en historie' },
      ]);
    });

    it('accepts a contact person of the municipality only', async () => {
      const people = ok(await app.gql('{ people { id name } }', {}, as('agent@drammen'))).people as {
        id: string;
        name: string;
      }[];
      const askerPeople = ok(await app.gql('{ people { id name } }', {}, as('agent@asker'))).people as {
        id: string;
        name: string;
      }[];
      const bad = await app.gql(
        CREATE,
        { input: { ...baseStory, contactPersonId: askerPeople[0].id } },
        as('agent@drammen'),
      );
      expect(fieldsOf(bad)).toEqual([{ field: 'contactPersonId', message: 'is not a person in your municipality' }]);
      const good = ok(
        await app.gql(CREATE, { input: { ...baseStory, contactPersonId: people[0].id } }, as('agent@drammen')),
      );
      expect(good.createSuccessStory.contactPerson.name).toBe(people[0].name);
    });
  });

  describe('editing drafts', () => {
    it('replaces gains and texts, clears with null, detects stale versions, and refuses edits once published', async () => {
      const created = ok(await app.gql(CREATE, { input: baseStory }, as('agent@drammen'))).createSuccessStory;
      const updated = ok(
        await app.gql(
          UPDATE,
          {
            input: {
              id: created.id,
              expectedVersion: created.version,
              summary: 'En ny og bedre oppsummering av historien.',
              problem: null,
              trainingTips: 'Ta korte økter på vaktrommet.',
              gains: [
                { category: 'STAFF_MASTERY', description: 'Ansatte føler seg tryggere', value: 12, unit: 'antall' },
              ],
            },
          },
          as('agent@drammen'),
        ),
      ).updateSuccessStory;
      expect(updated.title).toBe(baseStory.title);
      expect(updated.summary).toBe('En ny og bedre oppsummering av historien.');
      expect(updated.problem).toBeNull();
      expect(updated.trainingTips).toBe('Ta korte økter på vaktrommet.');
      expect(updated.gains).toEqual([
        { category: 'STAFF_MASTERY', description: 'Ansatte føler seg tryggere', value: 12, unit: 'antall' },
      ]);
      expect(updated.version).toBe(created.version + 1);

      const stale = await app.gql(
        UPDATE,
        { input: { id: created.id, expectedVersion: created.version, title: 'Gammel versjon' } },
        as('agent@drammen'),
      );
      expect(codeOf(stale)).toBe('CONFLICT');
      const emptyTitle = await app.gql(UPDATE, { input: { id: created.id, title: null } }, as('agent@drammen'));
      expect(fieldsOf(emptyTitle).map((f) => f.field)).toContain('title');

      ok(await app.gql(PUBLISH, { id: created.id }, as('agent@drammen')));
      const afterPublish = await app.gql(
        UPDATE,
        { input: { id: created.id, title: 'Etter publisering' } },
        as('agent@drammen'),
      );
      expect(codeOf(afterPublish)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(afterPublish)).toEqual([{ field: 'id', message: 'is published; only drafts can be edited' }]);
    });
  });

  describe('publishing', () => {
    it('tells the submitter and followers of the linked suggestion once, enqueues their e-mails, and audits it', async () => {
      const suggestionId = await implementedSuggestion('Superbrukeroversikt på alle vakter');
      const { id } = ok(
        await app.gql(
          CREATE,
          { input: { ...baseStory, title: 'Superbrukere på alle vakter', suggestionIds: [suggestionId] } },
          as('agent@drammen'),
        ),
      ).createSuccessStory;
      const notified = () =>
        app.db.query(
          `select p.email, n.suggestion_id, n.payload from notification n join person p on p.id = n.person_id
            where n.kind = 'STORY_PUBLISHED' and n.event_key = $1 order by p.email`,
          [`story-published:${id}`],
        );
      expect(await notified()).toEqual([]);

      const published = ok(await app.gql(PUBLISH, { id }, as('agent@drammen'))).publishSuccessStory;
      expect(published.status).toBe('PUBLISHED');
      expect(new Date(published.publishedAt).toISOString()).toBe(app.clock.now().toISOString());
      const rows = await notified();
      expect(rows.map((r: any) => r.email)).toEqual(['ansatt2@drammen.idehub.test', 'ansatt@drammen.idehub.test']);
      expect(rows[0].suggestion_id).toBe(suggestionId);
      expect(rows[0].payload).toMatchObject({
        title: 'Superbrukere på alle vakter',
        storyId: id,
        suggestionTitle: 'Superbrukeroversikt på alle vakter',
      });
      const [{ jobs }] = await app.db.query(
        `select count(*)::int as jobs from graphile_worker.jobs j
          where j.key = any(select 'email:' || n.id from notification n where n.event_key = $1)`,
        [`story-published:${id}`],
      );
      expect(jobs).toBe(2);

      // Publishing again changes nothing and tells nobody twice.
      const again = ok(await app.gql(PUBLISH, { id }, as('agent@drammen'))).publishSuccessStory;
      expect(again.publishedAt).toBe(published.publishedAt);
      expect(await notified()).toHaveLength(2);

      const audit = await app.db.query(`select action from audit_entry where entity_id = $1 order by at, action`, [id]);
      expect(audit.map((a: any) => a.action)).toEqual(['story.create', 'story.publish']);
    });
  });

  describe('listing and search', () => {
    let ids: Record<string, string>;
    beforeAll(async () => {
      app.clock.advance(60_000);
      const make = async (who: string, input: Record<string, unknown>) => {
        const { id } = ok(await app.gql(CREATE, { input: { ...baseStory, ...input } }, as(who))).createSuccessStory;
        ok(await app.gql(PUBLISH, { id }, as(who)));
        app.clock.advance(60_000);
        return id;
      };
      ids = {
        fall: await make('agent@kongsberg', {
          title: 'Fallsensorer på nattevakt',
          summary: 'Sensorene varsler når en bruker faller, og nattevakten rykker raskere ut.',
          problem: 'Fall om natta ble oppdaget sent.',
          solution: 'Fallsensorer på soverommet hos brukere med høy fallrisiko.',
          technology: ['Fallsensor'],
          lessons: null,
          gains: [
            {
              category: 'PATIENT_SAFETY_QUALITY',
              description: 'Raskere hjelp etter fall',
              value: 15,
              unit: 'minutter',
            },
          ],
        }),
        elearning: await make('leder@kongsberg', {
          title: 'Fast e-læringstime i turnus',
          summary: 'En time i måneden til e-læring gjorde at alle fullførte kursene om velferdsteknologi.',
          problem: null,
          solution: null,
          technology: ['E-læring'],
          lessons: 'Legg timen til rolige perioder på dagvakt.',
          gains: [{ category: 'STAFF_MASTERY', description: 'Alle fullførte kurset' }],
        }),
      };
    });

    it('filters by municipality, technology (ignoring case) and gain category', async () => {
      const kongsberg = ok(await app.gql('{ me { municipality { id } } }', {}, as('ansatt@kongsberg'))).me.municipality
        .id;
      const byMunicipality = ok(
        await app.gql(LIST, { filter: { municipalityId: kongsberg }, first: 100 }, as('ansatt@asker')),
      ).successStories;
      const names = new Set(byMunicipality.edges.map((e: any) => e.node.municipality.name));
      expect([...names]).toEqual(['Kongsberg kommune']);
      expect(byMunicipality.edges.map((e: any) => e.node.id)).toEqual(
        expect.arrayContaining([ids.fall, ids.elearning]),
      );

      const byTechnology = ok(
        await app.gql(
          LIST,
          { filter: { technology: 'fallSENSOR', municipalityId: kongsberg }, first: 100 },
          as('ansatt@asker'),
        ),
      ).successStories;
      expect(byTechnology.edges.map((e: any) => e.node.id)).toContain(ids.fall);
      expect(byTechnology.edges.map((e: any) => e.node.id)).not.toContain(ids.elearning);

      const byCategory = ok(
        await app.gql(
          LIST,
          { filter: { gainCategory: 'STAFF_MASTERY', municipalityId: kongsberg }, first: 100 },
          as('ansatt@asker'),
        ),
      ).successStories;
      expect(byCategory.edges.map((e: any) => e.node.id)).toContain(ids.elearning);
      expect(byCategory.edges.map((e: any) => e.node.id)).not.toContain(ids.fall);

      const technologies = ok(
        await app.gql('{ successStoryTechnologies }', {}, as('ansatt@asker')),
      ).successStoryTechnologies;
      expect(technologies).toEqual(expect.arrayContaining(['Fallsensor', 'E-læring']));
    });

    it('searches in Norwegian: inflected words match, and lessons are searched too', async () => {
      const search = async (text: string) =>
        ok(await app.gql(LIST, { filter: { search: text }, first: 100 }, as('ansatt@asker'))).successStories.edges.map(
          (e: any) => e.node.id,
        );
      expect(await search('fallsensoren')).toContain(ids.fall);
      expect(await search('nattevakter')).toContain(ids.fall);
      expect(await search('rolige perioder')).toContain(ids.elearning);
      expect(await search('fallsensoren')).not.toContain(ids.elearning);
    });

    it('has an index the Norwegian search can use', async () => {
      const plan = await app.db.transaction(async (manager) => {
        await manager.query('set local enable_seqscan = off');
        return manager.query(
          `explain select st.id from success_story st where to_tsvector('norwegian', ${STORY_SEARCH_DOCUMENT}) @@ websearch_to_tsquery('norwegian', $1)`,
          ['fallsensor'],
        );
      });
      expect(JSON.stringify(plan)).toContain('IDX_success_story_search');
    });

    it('pages with keyset cursors, newest first, without gaps or repeats', async () => {
      const all = ok(await app.gql(LIST, { first: 100 }, as('ansatt@kongsberg'))).successStories;
      expect(all.totalCount).toBe(all.edges.length);
      expect(all.edges[0].node.id).toBe(ids.elearning);
      expect(all.edges[1].node.id).toBe(ids.fall);
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: any = ok(await app.gql(LIST, { first: 3, after }, as('ansatt@kongsberg'))).successStories;
        expect(page.totalCount).toBe(all.totalCount);
        seen.push(...page.edges.map((e: any) => e.node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toEqual(all.edges.map((e: any) => e.node.id));
      expect(codeOf(await app.gql(LIST, { after: 'tull' }, as('ansatt@kongsberg')))).toBe('BAD_USER_INPUT');
    });
  });

  describe('adopting a story across municipalities', () => {
    it('an agent in Drammen publishes; staff in Asker adopt it into Hjemmetjenesten; the Asker leader gets it and answers; the story shows the spread', async () => {
      const story = ok(
        await app.gql(
          CREATE,
          {
            input: {
              ...baseStory,
              title: 'Digital hjemmeoppfølging av KOLS-brukere',
              summary: 'Brukere med KOLS måler selv oksygenmetning, og vi følger dem opp digitalt mellom besøkene.',
            },
          },
          as('agent@drammen'),
        ),
      ).createSuccessStory;
      // A draft cannot be adopted: invisible in Asker, and not yet published for Drammen staff either.
      expect(
        codeOf(
          await app.gql(
            ADOPT,
            { input: { storyId: story.id, unitId: units.asker.Hjemmetjenesten } },
            as('ansatt@asker'),
          ),
        ),
      ).toBe('NOT_FOUND');
      const draftAdopt = await app.gql(
        ADOPT,
        { input: { storyId: story.id, unitId: units.drammen.Hjemmetjenesten } },
        as('leder@drammen'),
      );
      expect(fieldsOf(draftAdopt)).toEqual([
        { field: 'storyId', message: 'is not published yet; only published stories can be adopted' },
      ]);
      ok(await app.gql(PUBLISH, { id: story.id }, as('agent@drammen')));

      // Another municipality's unit is refused.
      const wrongUnit = await app.gql(
        ADOPT,
        { input: { storyId: story.id, unitId: units.drammen.Hjemmetjenesten } },
        as('ansatt@asker'),
      );
      expect(codeOf(wrongUnit)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(wrongUnit)[0].field).toBe('unitId');

      const submittedAt = app.clock.now();
      const adopted = ok(
        await app.gql(ADOPT, { input: { storyId: story.id, unitId: units.asker.Hjemmetjenesten } }, as('ansatt@asker')),
      ).adoptSuccessStory;
      expect(adopted.title).toBe('Vi vil prøve: Digital hjemmeoppfølging av KOLS-brukere');
      expect(adopted.description).toContain('Vi vil prøve det Drammen kommune har gjort');
      expect(adopted.description).toContain(story.summary);
      expect(adopted.status).toBe('SUBMITTED');
      expect(adopted.unit.name).toBe('Hjemmetjenesten');
      expect(adopted.adoptedFrom).toEqual({ id: story.id, title: story.title });
      // The feedback guarantee: first answer due 14 days after submission.
      expect(new Date(adopted.responseDueAt).getTime() - submittedAt.getTime()).toBe(14 * 86_400_000);

      // It lands with the Asker leader: in the unit's list and as a notification.
      const leaderView = ok(
        await app.gql(
          `query($unitId: ID!) { suggestions(filter: { unitId: $unitId }, first: 100) { edges { node { id adoptedFrom { id } canRespond } } } }`,
          { unitId: units.asker.Hjemmetjenesten },
          as('leder@asker'),
        ),
      ).suggestions.edges.map((e: any) => e.node);
      expect(leaderView).toContainEqual({ id: adopted.id, adoptedFrom: { id: story.id }, canRespond: true });
      const leaderNotes = await app.db.query(
        `select p.email from notification n join person p on p.id = n.person_id where n.suggestion_id = $1 and n.kind = 'SUGGESTION_SUBMITTED'`,
        [adopted.id],
      );
      expect(leaderNotes.map((r: any) => r.email)).toEqual(['leder@asker.idehub.test']);

      // The story shows where it spread, to readers anywhere.
      const seenFromDrammen = ok(await app.gql(STORY, { id: story.id }, as('agent@drammen'))).successStory;
      expect(seenFromDrammen.adoptions).toEqual([
        {
          municipality: { name: 'Asker kommune' },
          unit: { name: 'Hjemmetjenesten' },
          status: 'SUBMITTED',
          title: 'Vi vil prøve: Digital hjemmeoppfølging av KOLS-brukere',
          suggestion: null, // Drammen cannot open a suggestion of Asker
        },
      ]);
      const seenFromAsker = ok(await app.gql(STORY, { id: story.id }, as('ansatt2@asker'))).successStory;
      expect(seenFromAsker.adoptions[0].suggestion).toEqual({ id: adopted.id, title: adopted.title });

      // The leader answers; the adoption's status follows.
      ok(
        await app.gql(
          RESPOND,
          {
            input: {
              suggestionId: adopted.id,
              status: 'ACCEPTED',
              message: 'Vi prøver dette i Hjemmetjenesten fra neste måned!',
            },
          },
          as('leder@asker'),
        ),
      );
      const afterAnswer = ok(await app.gql(STORY, { id: story.id }, as('agent@drammen'))).successStory;
      expect(afterAnswer.adoptions.map((a: any) => a.status)).toEqual(['ACCEPTED']);
      const [answer] = await app.db.query(
        `select count(*)::int as n from notification n join person p on p.id = n.person_id
          where n.suggestion_id = $1 and n.kind = 'RESPONSE_RECEIVED' and p.email = 'ansatt@asker.idehub.test'`,
        [adopted.id],
      );
      expect(answer.n).toBe(1);
    });

    it('keeps a confidential adoption’s title to those who may see it, but shows where and how far', async () => {
      const { id } = ok(
        await app.gql(CREATE, { input: { ...baseStory, title: 'Elektroniske dørlåser' } }, as('leder@drammen')),
      ).createSuccessStory;
      ok(await app.gql(PUBLISH, { id }, as('leder@drammen')));
      const adopted = ok(
        await app.gql(
          ADOPT,
          {
            input: {
              storyId: id,
              unitId: units.asker.Hjemmetjenesten,
              title: 'Dørlåser hos en bestemt bruker',
              description: 'Gjelder en bruker vi er bekymret for, derfor konfidensielt.',
              confidential: true,
            },
          },
          as('ansatt2@asker'),
        ),
      ).adoptSuccessStory;
      expect(adopted.title).toBe('Dørlåser hos en bestemt bruker');
      const adoptionAs = async (who: string) => ok(await app.gql(STORY, { id }, as(who))).successStory.adoptions;
      const hidden = {
        municipality: { name: 'Asker kommune' },
        unit: { name: 'Hjemmetjenesten' },
        status: 'SUBMITTED',
        title: null,
        suggestion: null,
      };
      expect(await adoptionAs('agent@drammen')).toEqual([hidden]);
      expect(await adoptionAs('ansatt@asker')).toEqual([hidden]);
      expect(await adoptionAs('ansatt2@asker')).toEqual([
        { ...hidden, suggestion: { id: adopted.id, title: 'Dørlåser hos en bestemt bruker' } },
      ]);
      expect(await adoptionAs('leder@asker')).toEqual([
        { ...hidden, suggestion: { id: adopted.id, title: 'Dørlåser hos en bestemt bruker' } },
      ]);
    });
  });
});
