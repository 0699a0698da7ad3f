import { INestApplicationContext } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import {
  addCalendarDays,
  firstResponseDueAt,
  isTerminal,
  lastCompleteMonth,
  nextUpdateDueAt,
  osloDateOf,
  osloMonthBounds,
  parkReviewInstant,
  SuggestionStatusName,
} from '@idehub/libs';
import { Clock } from '../common/clock';
import { hashPassword } from '../auth/password';
import { MunicipalityEntity } from '../organisation/municipality.entity';
import { UnitEntity } from '../organisation/unit.entity';
import { PersonEntity } from '../organisation/person.entity';
import { MembershipEntity } from '../organisation/membership.entity';
import { Role } from '../organisation/role.enum';
import { SuggestionEntity } from '../suggestions/suggestion.entity';
import { SuggestionStatus } from '../suggestions/suggestion-status.enum';
import { ResponseEntity, ResponseKind } from '../suggestions/response.entity';
import { FollowerEntity, FollowReason } from '../suggestions/follower.entity';
import { AnswerRatingEntity } from '../suggestions/answer-rating.entity';
import { SupportEntity } from '../co-creation/support.entity';
import { NotificationEntity } from '../notifications/notification.entity';
import { NotificationKind } from '../notifications/notification-kind.enum';
import { CoCreatorEntity } from '../co-creation/co-creator.entity';
import { CommentEntity } from '../co-creation/comment.entity';
import { FocusAreaEntity } from '../focus-areas/focus-area.entity';
import {
  DEMO_FOCUS_AREA,
  DEMO_MUNICIPALITIES,
  DEMO_PASSWORD,
  DEMO_SUGGESTIONS,
  DemoMunicipality,
  DemoStory,
} from './demo-content';
import { seedDemoStories } from './seed-stories';

const DAY = 86_400_000;
const ROLES_BY_INDEX = [Role.STAFF, Role.STAFF, Role.LEADER, Role.LEADER, Role.DIGITAL_AGENT, Role.ADMIN];
const LOCALS = ['ansatt', 'ansatt2', 'leder', 'kommunalsjef', 'agent', 'admin'];

/**
 * Seeds the demo municipalities. Idempotent: a municipality that exists is left as it is, so
 * running it again changes nothing; each municipality is one transaction, so a crash leaves
 * whole municipalities only.
 */
export async function seedDemoData(app: INestApplicationContext, logger: Logger): Promise<void> {
  const db = app.get(DataSource);
  const clock = app.get(Clock);
  // Hashed only when a municipality is missing: a restart over seeded data stays quick.
  let passwordHash: string | undefined;
  for (const [i, demo] of DEMO_MUNICIPALITIES.entries()) {
    const progress = `${i + 1}/${DEMO_MUNICIPALITIES.length}`;
    if (await db.manager.exists(MunicipalityEntity, { where: { slug: demo.slug } })) {
      logger.info({ municipality: demo.slug, progress }, 'demo data: already there');
      continue;
    }
    passwordHash ??= await hashPassword(DEMO_PASSWORD);
    const hash = passwordHash;
    await db.transaction((manager) => seedMunicipality(manager, demo, hash, clock.now()));
    logger.info({ municipality: demo.slug, progress }, 'demo data: seeded');
  }
  // Success stories and adoptions span municipalities, so they come once all exist (idempotent on their own).
  await seedDemoStories(db, clock.now(), logger);
}

async function seedMunicipality(manager: EntityManager, demo: DemoMunicipality, passwordHash: string, now: Date) {
  const municipality = await manager.save(manager.create(MunicipalityEntity, { slug: demo.slug, name: demo.name }));
  const unit = (name: string, parentId: string | null) =>
    manager.save(manager.create(UnitEntity, { municipalityId: municipality.id, name, parentId }));
  const top = await unit('Helse og omsorg', null);
  const home = await unit('Hjemmetjenesten', top.id);
  const extra = [await unit(demo.extraUnits[0], top.id), await unit(demo.extraUnits[1], top.id)];

  const people: PersonEntity[] = [];
  for (const [index, name] of demo.people.entries()) {
    const person = await manager.save(
      manager.create(PersonEntity, {
        municipalityId: municipality.id,
        name,
        email: `${LOCALS[index]}@${demo.slug}.idehub.test`,
        passwordHash,
        locale: 'nb',
        createdAt: new Date(now.getTime() - 400 * DAY),
      }),
    );
    const role = ROLES_BY_INDEX[index];
    const unitId = role === Role.ADMIN ? null : index === 3 || index === 4 ? top.id : home.id;
    await manager.insert(MembershipEntity, { personId: person.id, unitId, role });
    people.push(person);
  }
  const [, , leader, headOfDepartment] = people;

  // The focus area (innsatsområde) the head of department put to Helse og omsorg and the units below it.
  const focusAreaOpened = new Date(now.getTime() - DEMO_FOCUS_AREA.openedDaysAgo * DAY);
  const focusArea = await manager.save(
    manager.create(FocusAreaEntity, {
      municipalityId: municipality.id,
      unitId: top.id,
      title: DEMO_FOCUS_AREA.title,
      question: DEMO_FOCUS_AREA.question,
      opensAt: focusAreaOpened,
      closesAt: new Date(focusAreaOpened.getTime() + DEMO_FOCUS_AREA.openDays * DAY),
      closedAt: null,
      createdById: headOfDepartment.id,
      createdAt: focusAreaOpened,
    }),
  );

  const created: SuggestionEntity[] = [];
  for (const demoSuggestion of DEMO_SUGGESTIONS) {
    const unitEntity =
      demoSuggestion.unit === 'home' ? home : demoSuggestion.unit === 'top' ? top : extra[demoSuggestion.unit];
    const responder = unitEntity.id === home.id ? leader : headOfDepartment;
    const submitter = people[demoSuggestion.by];
    const submittedAt = demoSubmittedAt(demoSuggestion.story, now);
    let status: SuggestionStatusName = 'SUBMITTED';
    let responseDueAt: Date | null = firstResponseDueAt(submittedAt, municipality);
    let firstResponseAt: Date | null = null;
    let reviewOn: Date | null = null;
    let firstResponseLate: boolean | null = null;
    const responses: Partial<ResponseEntity>[] = [];
    if (demoSuggestion.story.kind === 'answered') {
      for (const answer of demoSuggestion.story.answers) {
        const at = new Date(submittedAt.getTime() + answer.afterDays * DAY);
        const to = (answer.status ?? status) as SuggestionStatusName;
        responses.push({
          authorId: responder.id,
          kind: ResponseKind.RESPONSE,
          message: answer.message,
          fromStatus: status as SuggestionStatus,
          toStatus: to as SuggestionStatus,
          wasLate: responseDueAt !== null && at > responseDueAt,
          createdAt: at,
        });
        status = to;
        reviewOn =
          to === 'PARKED' && answer.reviewInDays
            ? parkReviewInstant(osloDateOf(addCalendarDays(now, answer.reviewInDays)))
            : null;
        responses[responses.length - 1].reviewOn = reviewOn;
        firstResponseAt ??= at;
        firstResponseLate ??= responses[responses.length - 1].wasLate ?? false;
        responseDueAt = nextUpdateDueAt(at, to, municipality);
      }
    }
    const last = responses[responses.length - 1]?.createdAt ?? null;
    const suggestion = await manager.save(
      manager.create(SuggestionEntity, {
        municipalityId: municipality.id,
        unitId: unitEntity.id,
        submitterId: submitter.id,
        registeredById: null,
        title: demoSuggestion.title,
        description: demoSuggestion.description,
        status: status as SuggestionStatus,
        confidential: false,
        hideName: false,
        ownerId: null,
        mergedIntoId: null,
        focusAreaId: demoSuggestion.answersFocusArea ? focusArea.id : null,
        adoptedStoryId: null,
        submittedAt,
        firstResponseAt,
        firstResponseLate,
        responseDueAt,
        deadlineMissedAt: null,
        escalatedAt: null,
        closedAt: isTerminal(status) ? last : null,
        reviewOn,
        version: 1 + responses.length,
      }),
    );
    created.push(suggestion);
    await manager.insert(FollowerEntity, {
      suggestionId: suggestion.id,
      personId: submitter.id,
      reason: FollowReason.SUBMITTER,
      createdAt: submittedAt,
    });
    for (const r of responses) {
      const saved = await manager.save(manager.create(ResponseEntity, { ...r, suggestionId: suggestion.id }));
      // History: the submitter was told (already read, and no e-mail is sent for the past).
      await manager.insert(NotificationEntity, {
        personId: submitter.id,
        kind: NotificationKind.RESPONSE_RECEIVED,
        suggestionId: suggestion.id,
        eventKey: `response:${saved.id}`,
        payload: {
          title: suggestion.title,
          authorName: responder.name,
          message: saved.message,
          fromStatus: saved.fromStatus,
          toStatus: saved.toStatus,
          ...(saved.toStatus === SuggestionStatus.PARKED && reviewOn ? { reviewOn: reviewOn.toISOString() } : {}),
        },
        createdAt: saved.createdAt,
        readAt: saved.createdAt.getTime() < now.getTime() - 3 * DAY ? new Date(saved.createdAt.getTime() + DAY) : null,
      });
    }
    if (demoSuggestion.story.kind === 'answered' && demoSuggestion.story.rating && last) {
      await manager.insert(AnswerRatingEntity, {
        suggestionId: suggestion.id,
        useful: demoSuggestion.story.rating.useful,
        comment: demoSuggestion.story.rating.comment ?? null,
        ratedAt: new Date(last.getTime() + DAY),
      });
    }
    for (const supporterIndex of demoSuggestion.supporters ?? []) {
      const supporter = people[supporterIndex];
      await manager.insert(SupportEntity, {
        suggestionId: suggestion.id,
        personId: supporter.id,
        createdAt: submittedAt,
      });
      await manager
        .createQueryBuilder()
        .insert()
        .into(FollowerEntity)
        .values({
          suggestionId: suggestion.id,
          personId: supporter.id,
          reason: FollowReason.SUPPORTER,
          createdAt: submittedAt,
        })
        .orIgnore()
        .execute();
    }
    // «Bli med»: co-creators follow the suggestion too.
    for (const coCreatorIndex of demoSuggestion.coCreators ?? []) {
      const coCreator = people[coCreatorIndex];
      const joinedAt = new Date(submittedAt.getTime() + DAY);
      await manager.insert(CoCreatorEntity, {
        suggestionId: suggestion.id,
        personId: coCreator.id,
        createdAt: joinedAt,
      });
      await manager
        .createQueryBuilder()
        .insert()
        .into(FollowerEntity)
        .values({
          suggestionId: suggestion.id,
          personId: coCreator.id,
          reason: FollowReason.CO_CREATOR,
          createdAt: joinedAt,
        })
        .orIgnore()
        .execute();
    }
    // Comment history (no notifications or e-mails for the past).
    for (const comment of demoSuggestion.comments ?? []) {
      const createdAt = new Date(Math.min(submittedAt.getTime() + comment.afterDays * DAY, now.getTime() - 60_000));
      await manager.insert(CommentEntity, {
        suggestionId: suggestion.id,
        authorId: people[comment.by].id,
        body: comment.body,
        createdAt,
      });
    }
  }

  // A merge: the duplicate goes into the earlier suggestion, and its submitter follows that one.
  for (const [index, demoSuggestion] of DEMO_SUGGESTIONS.entries()) {
    if (!demoSuggestion.mergeInto) continue;
    const source = created[index];
    const target = created[demoSuggestion.mergeInto.index];
    const at = new Date(source.submittedAt.getTime() + DAY / 2);
    await manager.update(SuggestionEntity, source.id, {
      status: SuggestionStatus.MERGED,
      mergedIntoId: target.id,
      responseDueAt: null,
      closedAt: at,
      firstResponseAt: at,
      firstResponseLate: false,
      version: source.version + 1,
    });
    await manager.insert(ResponseEntity, {
      suggestionId: source.id,
      authorId: headOfDepartment.id,
      kind: ResponseKind.MERGE,
      message: demoSuggestion.mergeInto.message,
      fromStatus: SuggestionStatus.SUBMITTED,
      toStatus: SuggestionStatus.MERGED,
      wasLate: false,
      createdAt: at,
    });
    await manager
      .createQueryBuilder()
      .insert()
      .into(FollowerEntity)
      .values({ suggestionId: target.id, personId: source.submitterId, reason: FollowReason.MERGED, createdAt: at })
      .orIgnore()
      .execute();
  }
}

/** When a demo suggestion was submitted: daysAgo before now, or so that its last answer falls on a day of last month. */
function demoSubmittedAt(story: DemoStory, now: Date): Date {
  if (story.kind !== 'answered' || !story.lastAnswerOnDayOfLastMonth || !story.answers.length) {
    return new Date(now.getTime() - story.daysAgo * DAY);
  }
  // 10:00 UTC on that day (11:00 or 12:00 in Oslo), inside last month whatever the time zone offset.
  const lastAnswer = new Date(
    osloMonthBounds(lastCompleteMonth(now)).from.getTime() +
      (story.lastAnswerOnDayOfLastMonth - 1) * DAY +
      11 * 3_600_000,
  );
  return new Date(lastAnswer.getTime() - story.answers[story.answers.length - 1].afterDays * DAY);
}
