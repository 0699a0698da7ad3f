import { DeadlineSweepService, SweepResult } from '../../api/src/deadlines/deadline-sweep.service';
import { TestApp } from './test-app';
import { Viewer } from '../../api/src/common/viewer';
import { MunicipalityEntity } from '../../api/src/organisation/municipality.entity';
import { UnitEntity } from '../../api/src/organisation/unit.entity';
import { PersonEntity } from '../../api/src/organisation/person.entity';
import { MembershipEntity } from '../../api/src/organisation/membership.entity';
import { Role } from '../../api/src/organisation/role.enum';

/** Helpers shared by the deadline, two-instance and simulated-year tests. */

export const DAY = 86_400_000;
export const HOUR = 3_600_000;

export const sweep = (app: TestApp): Promise<SweepResult> => app.running.app.get(DeadlineSweepService).sweep();

export interface NotificationRow {
  person_id: string;
  kind: string;
  event_key: string;
  suggestion_id: string | null;
  payload: Record<string, unknown>;
  created_at: Date;
}

/** The notifications about one suggestion, optionally of some kinds, oldest first. */
export async function notificationsAbout(
  app: TestApp,
  suggestionId: string,
  kinds?: string[],
): Promise<NotificationRow[]> {
  const rows: NotificationRow[] = await app.db.query(
    `select person_id, kind::text as kind, event_key, suggestion_id, payload, created_at from notification
      where suggestion_id = $1 and ($2::text[] is null or kind::text = any($2::text[]))
      order by created_at, kind, person_id`,
    [suggestionId, kinds ?? null],
  );
  return rows.map((r) => ({ ...r, created_at: new Date(r.created_at) }));
}

/** Person ids by demo e-mail. */
export async function personIds(app: TestApp, emails: string[]): Promise<Record<string, string>> {
  const rows: { id: string; email: string }[] = await app.db.query(
    'select id, email from person where email = any($1::text[])',
    [emails],
  );
  return Object.fromEntries(rows.map((r) => [r.email, r.id]));
}

/** Unit ids of a demo municipality by name. */
export async function unitsOf(app: TestApp, slug: string): Promise<Record<string, string>> {
  const rows: { id: string; name: string }[] = await app.db.query(
    'select u.id, u.name from unit u join municipality m on m.id = u.municipality_id where m.slug = $1',
    [slug],
  );
  return Object.fromEntries(rows.map((r) => [r.name, r.id]));
}

export const SUBMIT = `mutation($input: SubmitSuggestionInput!) {
  submitSuggestion(input: $input) { id submittedAt responseDueAt overdue status }
}`;

export const RESPOND = `mutation($input: RespondToSuggestionInput!) {
  respondToSuggestion(input: $input) { id status responseDueAt deadlineMissedAt escalatedAt overdue version }
}`;

export const SUGGESTION = `query($id: ID!) {
  suggestion(id: $id) {
    id status responseDueAt overdue deadlineMissedAt escalatedAt escalatedTo { id name } owedBy { id name }
  }
}`;

export interface TestPerson {
  id: string;
  name: string;
  viewer: Viewer;
}

/** A municipality built for a test: Helse (top, one leader) → Hjemme (two leaders) and Natt (no leaders); staff and an admin. */
export interface TestOrganisation {
  municipalityId: string;
  units: { top: string; home: string; leaderless: string };
  staff: TestPerson[];
  homeLeaders: TestPerson[];
  topLeader: TestPerson;
  admin: TestPerson;
}

/** Creates a small organisation directly in the database (no demo data, no sign-in needed: services get viewers). */
export async function createOrganisation(app: TestApp, slug: string): Promise<TestOrganisation> {
  return app.db.transaction(async (manager) => {
    const m = await manager.save(manager.create(MunicipalityEntity, { slug, name: `${slug} kommune` }));
    const unit = (name: string, parentId: string | null) =>
      manager.save(manager.create(UnitEntity, { municipalityId: m.id, name, parentId }));
    const top = await unit('Helse', null);
    const home = await unit('Hjemme', top.id);
    const leaderless = await unit('Natt', top.id);
    const person = async (local: string, name: string, role: Role, unitId: string | null): Promise<TestPerson> => {
      const p = await manager.save(
        manager.create(PersonEntity, {
          municipalityId: m.id,
          name,
          email: `${local}@${slug}.test`,
          passwordHash: null,
          locale: 'nb',
          createdAt: app.clock.now(),
        }),
      );
      await manager.insert(MembershipEntity, { personId: p.id, unitId, role });
      return {
        id: p.id,
        name,
        viewer: {
          personId: p.id,
          municipalityId: m.id,
          name,
          locale: 'nb',
          sessionId: 'test',
          memberships: [{ unitId, role }],
        },
      };
    };
    return {
      municipalityId: m.id,
      units: { top: top.id, home: home.id, leaderless: leaderless.id },
      staff: [
        await person('ansatt1', 'Ansatt En', Role.STAFF, home.id),
        await person('ansatt2', 'Ansatt To', Role.STAFF, home.id),
      ],
      homeLeaders: [
        await person('leder1', 'Leder En', Role.LEADER, home.id),
        await person('leder2', 'Leder To', Role.LEADER, home.id),
      ],
      topLeader: await person('sjef', 'Sjef Helse', Role.LEADER, top.id),
      admin: await person('admin', 'Admin Kommune', Role.ADMIN, null),
    };
  });
}
