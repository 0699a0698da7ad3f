import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { STATUS_LABELS } from '@idehub/libs';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { forbidden } from '../common/errors';
import { hasRole, Viewer } from '../common/viewer';
import { OrgAdminService } from '../org-admin/org-admin.service';
import { deactivatePeople } from '../organisation/person-lifecycle';
import { Role } from '../organisation/role.enum';
import { SuggestionEntity } from '../suggestions/suggestion.entity';
import { ANONYMISED_NAME, scrubIdentity } from './anonymise';
import { osloDate, spreadsheetSafe } from '../stories/stories-csv';
import { stringify } from 'csv-stringify/sync';

/** Each table holding something about a person, and the condition that picks their rows ($1 = person id). */
const MY_ROWS: [key: string, sql: string][] = [
  [
    'memberships',
    `select m.role, m.source, u.id as "unitId", u.name as "unitName" from membership m left join unit u on u.id = m.unit_id where m.person_id = $1`,
  ],
  [
    'identities',
    `select issuer, subject, created_at as "createdAt", last_sign_in_at as "lastSignInAt" from person_identity where person_id = $1`,
  ],
  [
    'suggestions',
    `select s.id, s.title, s.description, s.status, u.name as "unitName", s.confidential, s.hide_name as "hideName", s.submitted_at as "submittedAt", s.closed_at as "closedAt", s.registered_by_id as "registeredById" from suggestion s join unit u on u.id = s.unit_id where s.submitter_id = $1 order by s.submitted_at`,
  ],
  [
    'suggestionsRegisteredForOthers',
    `select s.id, s.title, s.submitted_at as "submittedAt" from suggestion s where s.registered_by_id = $1 and s.submitter_id <> $1 order by s.submitted_at`,
  ],
  [
    'responses',
    `select r.id, r.suggestion_id as "suggestionId", r.message, r.from_status as "fromStatus", r.to_status as "toStatus", r.created_at as "createdAt" from response r where r.author_id = $1 order by r.created_at`,
  ],
  [
    'comments',
    `select c.id, c.suggestion_id as "suggestionId", c.body, c.created_at as "createdAt" from suggestion_comment c where c.author_id = $1 order by c.created_at`,
  ],
  [
    'supports',
    `select suggestion_id as "suggestionId", created_at as "createdAt" from support where person_id = $1 order by created_at`,
  ],
  [
    'coCreations',
    `select suggestion_id as "suggestionId", created_at as "createdAt" from co_creator where person_id = $1 order by created_at`,
  ],
  [
    'follows',
    `select suggestion_id as "suggestionId", reason, created_at as "createdAt" from follower where person_id = $1 order by created_at`,
  ],
  [
    'ratings',
    `select r.suggestion_id as "suggestionId", r.useful, r.comment, r.rated_at as "ratedAt" from answer_rating r join suggestion s on s.id = r.suggestion_id where s.submitter_id = $1 order by r.rated_at`,
  ],
  [
    'notifications',
    `select id, kind, suggestion_id as "suggestionId", payload, created_at as "createdAt", read_at as "readAt" from notification where person_id = $1 order by created_at`,
  ],
  [
    'emailDeliveries',
    `select d.notification_id as "notificationId", d.status, d.recipient, d.delivered_at as "deliveredAt" from email_delivery d join notification n on n.id = d.notification_id where n.person_id = $1 order by d.delivered_at`,
  ],
  [
    'stories',
    `select id, title, status, created_at as "createdAt", published_at as "publishedAt", (author_id = $1) as "author", (contact_person_id = $1) as "contactPerson" from success_story where author_id = $1 or contact_person_id = $1 order by created_at`,
  ],
  [
    'sessions',
    `select created_at as "createdAt", expires_at as "expiresAt" from session where person_id = $1 order by created_at`,
  ],
  [
    'auditEntriesAboutMe',
    `select id, action, actor_id as "actorId", before, after, at from audit_entry where entity_type = 'person' and entity_id = $1 order by at`,
  ],
];

export interface CsvScope {
  /** Units whose suggestions are exported (the leader's units and below; every unit for admins). */
  unitIds: string[];
}

/** GDPR articles 15, 17 and 20: my data, anonymising a person who left, and the suggestions export. */
@Injectable()
export class DataRightsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly access: AccessService,
    private readonly orgAdmin: OrgAdminService,
    private readonly clock: Clock,
  ) {}

  /** Everything stored about the viewer, as one JSON document (read in one transaction: one moment). */
  async exportMe(viewer: Viewer): Promise<Record<string, unknown>> {
    const now = this.clock.now();
    return this.db.transaction(async (manager) => {
      const [person] = await manager.query(
        `select p.id, p.name, p.email, p.employee_id as "employeeId", p.locale, p.created_at as "createdAt",
                p.deactivated_at as "deactivatedAt", (p.password_hash is not null) as "hasPassword",
                json_build_object('id', m.id, 'name', m.name) as municipality
           from person p join municipality m on m.id = p.municipality_id where p.id = $1`,
        [viewer.personId],
      );
      const document: Record<string, unknown> = {
        exportedAt: now.toISOString(),
        format: 'idehub-personal-data/1',
        person,
      };
      for (const [key, sql] of MY_ROWS) document[key] = await manager.query(sql, [viewer.personId]);
      await this.audit.record(manager, {
        municipalityId: viewer.municipalityId,
        actorId: viewer.personId,
        action: 'person.export',
        entityType: 'person',
        entityId: viewer.personId,
        after: { format: 'json' },
        at: now,
      });
      return document;
    });
  }

  /**
   * Anonymises a person who left (admins; never the last active admin). Their records stay, but
   * nothing identifies them: name and e-mail, sign-in identities and password go; sessions end;
   * their name is replaced in stored notification payloads (which queued e-mails are rendered
   * from at send time) and in audit entries; e-mails still queued for them are not sent.
   */
  async anonymise(viewer: Viewer, personId: string): Promise<string> {
    return this.orgAdmin.withPersonForRemoval(viewer, personId, async (manager, person) => {
      if (person.anonymisedAt) return person.id;
      const now = this.clock.now();
      const identity = { name: person.name, email: person.email };
      if (!person.deactivatedAt) {
        await deactivatePeople(manager, this.audit, {
          municipalityId: viewer.municipalityId,
          personIds: [person.id],
          actorId: viewer.personId,
          at: now,
          reason: 'anonymised',
        });
      }
      await manager.query(
        `update person set name = $2, email = null, employee_id = null, password_hash = null,
                anonymised_at = $3, deactivated_at = coalesce(deactivated_at, $3)
          where id = $1`,
        [person.id, ANONYMISED_NAME, now],
      );
      await manager.query(`delete from session where person_id = $1`, [person.id]);
      await manager.query(`delete from person_identity where person_id = $1`, [person.id]);
      if (identity.email) await manager.query(`delete from login_failure where email = $1`, [identity.email]);
      // E-mails to the person that are still queued have no address any more: record them as not sent.
      await manager.query(
        `insert into email_delivery (notification_id, status, recipient, message_id, detail, delivered_at)
         select n.id, 'REJECTED', '', null, 'recipient anonymised', $2 from notification n
          where n.person_id = $1 and not exists (select 1 from email_delivery d where d.notification_id = n.id)`,
        [person.id, now],
      );
      await manager.query(
        `update email_delivery d set recipient = '' from notification n where n.id = d.notification_id and n.person_id = $1`,
        [person.id],
      );
      const scrubbed = await this.scrubStoredText(manager, viewer.municipalityId, identity);
      await this.audit.record(manager, {
        municipalityId: viewer.municipalityId,
        actorId: viewer.personId,
        action: 'person.anonymise',
        entityType: 'person',
        entityId: person.id,
        before: { anonymised: false },
        after: { anonymised: true, ...scrubbed },
        at: now,
      });
      return person.id;
    });
  }

  /** Replaces the name and e-mail in notification payloads and audit entries of the municipality. */
  private async scrubStoredText(
    manager: EntityManager,
    municipalityId: string,
    identity: { name: string; email: string | null },
  ): Promise<{ notifications: number; auditEntries: number }> {
    const needles = [identity.name, identity.email].filter((n): n is string => !!n && n.trim().length > 0);
    if (!needles.length) return { notifications: 0, auditEntries: 0 };
    const notifications: { id: string; payload: Record<string, unknown> }[] = await manager.query(
      `select n.id, n.payload from notification n join person p on p.id = n.person_id
        where p.municipality_id = $1 and exists (select 1 from unnest($2::text[]) x where strpos(lower(n.payload::text), lower(x)) > 0)`,
      [municipalityId, needles],
    );
    let changedNotifications = 0;
    for (const n of notifications) {
      const payload = scrubIdentity(n.payload, identity);
      if (payload === n.payload) continue;
      await manager.query(`update notification set payload = $2 where id = $1`, [n.id, JSON.stringify(payload)]);
      changedNotifications++;
    }
    const entries: { id: string; before: unknown; after: unknown }[] = await manager.query(
      `select a.id, a.before, a.after from audit_entry a
        where a.municipality_id = $1
          and exists (select 1 from unnest($2::text[]) x
                       where strpos(lower(coalesce(a.before::text, '') || coalesce(a.after::text, '')), lower(x)) > 0)`,
      [municipalityId, needles],
    );
    let changedEntries = 0;
    for (const a of entries) {
      const before = scrubIdentity(a.before, identity);
      const after = scrubIdentity(a.after, identity);
      if (before === a.before && after === a.after) continue;
      await manager.query(`update audit_entry set before = $2, after = $3 where id = $1`, [
        a.id,
        before === null ? null : JSON.stringify(before),
        after === null ? null : JSON.stringify(after),
      ]);
      changedEntries++;
    }
    return { notifications: changedNotifications, auditEntries: changedEntries };
  }

  /**
   * The suggestions a leader answers for (their units and below) or, for admins, the whole
   * municipality, as CSV for Excel, with the API's confidentiality and hidden-name rules applied
   * per row and formula cells neutralised. Read and audited in one transaction.
   */
  async suggestionsCsv(viewer: Viewer): Promise<{ csv: string; filename: string }> {
    if (!hasRole(viewer, Role.ADMIN) && !hasRole(viewer, Role.LEADER)) {
      throw forbidden('Only leaders and admins may export suggestions.');
    }
    const now = this.clock.now();
    return this.db.transaction(async (manager) => {
      const scope = await this.access.scopeFor(viewer, manager);
      const unitIds = [...scope.responderUnitIds];
      const rows: (SuggestionEntity & {
        unit_name: string;
        submitter_name: string;
        supports: number;
      })[] = unitIds.length
        ? (
            await manager.query(
              `select s.id, s.municipality_id, s.unit_id, s.submitter_id, s.title, s.description, s.status,
                      s.confidential, s.hide_name, s.submitted_at, s.response_due_at, s.closed_at,
                      u.name as unit_name, p.name as submitter_name,
                      (select count(*)::int from support x where x.suggestion_id = s.id) as supports
                 from suggestion s join unit u on u.id = s.unit_id join person p on p.id = s.submitter_id
                where s.municipality_id = $1 and s.unit_id = any($2::uuid[])
                order by s.submitted_at, s.id`,
              [viewer.municipalityId, unitIds],
            )
          ).map((r: Record<string, unknown>) => ({
            ...r,
            municipalityId: r.municipality_id,
            unitId: r.unit_id,
            submitterId: r.submitter_id,
            hideName: r.hide_name,
            submittedAt: r.submitted_at,
            responseDueAt: r.response_due_at,
            closedAt: r.closed_at,
          }))
        : [];
      const visible = rows.filter((s) => scope.canSee(s));
      await this.audit.record(manager, {
        municipalityId: viewer.municipalityId,
        actorId: viewer.personId,
        action: 'suggestions.export',
        entityType: 'export',
        entityId: randomUUID(),
        after: { format: 'csv', suggestions: visible.length, scope: scope.isAdmin ? 'municipality' : 'leader units' },
        at: now,
      });
      const csv = stringify(
        [
          [
            'Forslag-ID',
            'Tittel',
            'Beskrivelse',
            'Status',
            'Enhet',
            'Innsender',
            'Konfidensielt',
            'Innsendt',
            'Svarfrist',
            'Avsluttet',
            'Støttespillere',
          ],
          ...visible.map((s) => [
            s.id,
            spreadsheetSafe(s.title),
            spreadsheetSafe(s.description),
            STATUS_LABELS[s.status]?.nb ?? s.status,
            spreadsheetSafe(s.unit_name),
            spreadsheetSafe(scope.canSeeSubmitterName(s) ? s.submitter_name : `Ansatt i ${s.unit_name}`),
            s.confidential ? 'Ja' : 'Nei',
            osloDate(new Date(s.submittedAt)),
            s.responseDueAt ? osloDate(new Date(s.responseDueAt)) : '',
            s.closedAt ? osloDate(new Date(s.closedAt)) : '',
            String(s.supports),
          ]),
        ],
        { bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ },
      );
      return { csv, filename: `idehub-forslag-${osloDate(now)}.csv` };
    });
  }
}
