import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In, SelectQueryBuilder } from 'typeorm';
import { Viewer } from '../common/viewer';
import { escalationPathIn, nearestLeadersIn } from '../organisation/nearest-leaders';
import { LeaderDirectory, OrganisationService, PersonRef } from '../organisation/organisation.service';
import { ResponseEntity } from './response.entity';
import { AnswerRatingEntity } from './answer-rating.entity';
import { SuggestionEntity } from './suggestion.entity';
import { entitiesFromRaw } from '../database/plain-rows';

export type { PersonRef };

const compareNames = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'nb');
const byName = <T extends { name: string }>(people: T[]) => [...people].sort(compareNames);

/**
 * Per-request batched reads for suggestion fields. Every field resolver of a page asks its loader,
 * and the loader answers the whole page with one statement, so a list of 20 or of 100 costs the
 * same number of statements. One set per viewer object — the viewer lives exactly as long as the
 * request — so nothing is cached across requests or readers.
 */
export class SuggestionLoaders {
  constructor(
    private readonly db: DataSource,
    private readonly organisation: OrganisationService,
    private readonly viewer: Viewer,
  ) {}

  readonly supportCount = new DataLoader<string, number>(async (ids) => {
    const rows: { id: string; n: number }[] = await this.db.query(
      `select suggestion_id as id, count(*)::int as n from support where suggestion_id = any($1::uuid[]) group by 1`,
      [ids],
    );
    const byId = new Map(rows.map((r) => [r.id, r.n]));
    return ids.map((id) => byId.get(id) ?? 0);
  });

  /** Names of people, as cards and answers show them. */
  readonly person = new DataLoader<string, PersonRef | null>(async (ids) => {
    const rows: PersonRef[] = await this.db.query(`select id, name from person where id = any($1::uuid[])`, [ids]);
    const byId = new Map(rows.map((p) => [p.id, p]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  readonly isFollowing = new DataLoader<string, boolean>(async (ids) => {
    const rows: { id: string }[] = await this.db.query(
      `select suggestion_id as id from follower where person_id = $1 and suggestion_id = any($2::uuid[])`,
      [this.viewer.personId, ids],
    );
    const following = new Set(rows.map((r) => r.id));
    return ids.map((id) => following.has(id));
  });

  readonly rating = new DataLoader<string, AnswerRatingEntity | null>(async (ids) => {
    const rows = await this.db.manager.find(AnswerRatingEntity, { where: { suggestionId: In([...ids]) } });
    const byId = new Map(rows.map((r) => [r.suggestionId, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  /** Oldest first, with their authors. */
  readonly responses = new DataLoader<string, ResponseEntity[]>(async (ids) => {
    const rows = await this.db.manager.find(ResponseEntity, {
      where: { suggestionId: In([...ids]) },
      relations: { author: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const byId = new Map<string, ResponseEntity[]>(ids.map((id) => [id, []]));
    for (const r of rows) byId.get(r.suggestionId)?.push(r);
    return ids.map((id) => byId.get(id)!);
  });

  /** Suggestions by id, unchecked: the caller applies the viewer's scope. */
  readonly suggestion = new DataLoader<string, SuggestionEntity | null>(async (ids) => {
    const rows = await this.db.manager.find(SuggestionEntity, { where: { id: In([...ids]) } });
    const byId = new Map(rows.map((s) => [s.id, s]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  /** Who leads each unit and the admins, from the municipality's shared directory (no statement while unchanged). */
  private directory?: Promise<LeaderDirectory>;

  /**
   * Who answers for the first unit of `chain` (nearest first): the leaders of the nearest unit
   * that has any, else the admins (of the viewer's municipality, which is the suggestion's: the
   * viewer only sees their own municipality's suggestions). Sorted by name.
   */
  async nearestLeaders(chain: string[]): Promise<PersonRef[]> {
    return this.fromLeaders(chain, (byUnit, admins) => nearestLeadersIn(chain, byUnit, admins));
  }

  /** Where a missed deadline of the first unit of `chain` went: the level above whoever owed the answer. */
  async escalationPath(chain: string[], ownerId: string | null): Promise<PersonRef[]> {
    return this.fromLeaders(chain, (byUnit, admins) => escalationPathIn(chain, byUnit, admins, ownerId));
  }

  private async fromLeaders(
    chain: string[],
    choose: (leadersByUnit: Map<string, string[]>, admins: string[]) => string[],
  ): Promise<PersonRef[]> {
    const directory = await (this.directory ??= this.organisation.leaderDirectoryFor(this.viewer));
    const people = new Map<string, PersonRef>(directory.admins.map((p) => [p.id, p]));
    const byUnit = new Map<string, string[]>();
    for (const unitId of chain) {
      const leaders = directory.leadersByUnit.get(unitId) ?? [];
      byUnit.set(
        unitId,
        leaders.map((p) => p.id),
      );
      for (const p of leaders) people.set(p.id, p);
    }
    const ids = choose(
      byUnit,
      directory.admins.map((p) => p.id),
    );
    return byName([...new Set(ids)].map((id) => people.get(id)!).filter(Boolean));
  }

  /**
   * Reads a page of suggestion cards with what every card shows beside its own columns, the submitter's and the
   * assignee's names and the support count, in the page's own statement, and keeps them in this request's loaders
   * (so `submitterName`, `owner`, `owedBy` of an assigned card and `supportCount` run no statement of their own). The
   * visibility rules still apply where the fields are resolved: this only saves the reads. The rows become entities
   * by copying (entitiesFromRaw), not through TypeORM's result transformer.
   */
  async readCards(page: SelectQueryBuilder<SuggestionEntity>): Promise<SuggestionEntity[]> {
    const alias = page.alias;
    const raw = await page
      .leftJoin(`${alias}.submitter`, 'card_submitter')
      .leftJoin(`${alias}.owner`, 'card_owner')
      .addSelect('card_submitter.name', 'card_submitter_name')
      .addSelect('card_owner.name', 'card_owner_name')
      .addSelect(`(select count(*) from support x where x.suggestion_id = ${alias}.id)::int`, 'card_support_count')
      .getRawMany<Record<string, unknown>>();
    const entities = entitiesFromRaw(this.db, SuggestionEntity, alias, raw);
    entities.forEach((s, i) => {
      const row = raw[i];
      this.supportCount.prime(s.id, row.card_support_count as number);
      if (row.card_submitter_name !== null) {
        this.person.prime(s.submitterId, { id: s.submitterId, name: row.card_submitter_name as string });
      }
      if (s.ownerId && row.card_owner_name !== null) {
        this.person.prime(s.ownerId, { id: s.ownerId, name: row.card_owner_name as string });
      }
    });
    return entities;
  }

  /** People by id, sorted by name (as SuggestionsService.people), missing ones left out. */
  async people(ids: string[]): Promise<PersonRef[]> {
    const found = await this.person.loadMany([...new Set(ids)]);
    return found.filter((p): p is PersonRef => !!p && !(p instanceof Error)).sort(compareNames);
  }
}

@Injectable()
export class SuggestionLoadersFactory {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly organisation: OrganisationService,
  ) {}

  private readonly cache = new WeakMap<Viewer, SuggestionLoaders>();

  /** The loaders of this request (the viewer object is created once per request by the session guard). */
  for(viewer: Viewer): SuggestionLoaders {
    let loaders = this.cache.get(viewer);
    if (!loaders) this.cache.set(viewer, (loaders = new SuggestionLoaders(this.db, this.organisation, viewer)));
    return loaders;
  }
}
