import { DataSource, EntityManager, In } from 'typeorm';
import type { Logger } from 'pino';
import { adoptionDescription, adoptionTitle, firstResponseDueAt, isTerminal, nextUpdateDueAt } from '@idehub/libs';
import { MunicipalityEntity } from '../organisation/municipality.entity';
import { UnitEntity } from '../organisation/unit.entity';
import { PersonEntity } from '../organisation/person.entity';
import { MembershipEntity } from '../organisation/membership.entity';
import { Role } from '../organisation/role.enum';
import { SuggestionEntity } from '../suggestions/suggestion.entity';
import { SuggestionStatus } from '../suggestions/suggestion-status.enum';
import { ResponseEntity, ResponseKind } from '../suggestions/response.entity';
import { FollowerEntity, FollowReason } from '../suggestions/follower.entity';
import { NotificationEntity } from '../notifications/notification.entity';
import { NotificationKind } from '../notifications/notification-kind.enum';
import { SuccessStoryEntity } from '../stories/success-story.entity';
import { GainEntity } from '../stories/gain.entity';
import { StorySuggestionEntity } from '../stories/story-suggestion.entity';
import { StoryStatus } from '../stories/story-status.enum';
import { GainCategory } from '../stories/gain-category.enum';
import { DEMO_ADOPTIONS, DEMO_SUCCESS_STORIES, DemoAdoption, DemoSuccessStory } from './demo-stories';

const DAY = 86_400_000;
const LOCALS = ['ansatt', 'ansatt2', 'leder', 'kommunalsjef', 'agent', 'admin'];
const HOME = 'Hjemmetjenesten';

/** History is shown as read once it is more than three days old (as in the rest of the demo). */
const readAtFor = (at: Date, now: Date) =>
  at.getTime() < now.getTime() - 3 * DAY ? new Date(at.getTime() + DAY) : null;

/**
 * Seeds the demo success stories and their adoptions across municipalities, after the demo
 * municipalities exist. Idempotent: a story is found again by its municipality and title, an
 * adoption by its story, unit and title, so running it again adds nothing; whatever demo
 * municipality or person is missing is skipped. One transaction.
 */
export async function seedDemoStories(db: DataSource, now: Date, logger: Logger): Promise<void> {
  const added = await db.transaction(async (manager) => {
    let stories = 0;
    let adoptions = 0;
    for (const demo of DEMO_SUCCESS_STORIES) if (await seedStory(manager, demo, now)) stories++;
    for (const demo of DEMO_ADOPTIONS) if (await seedAdoption(manager, demo, now)) adoptions++;
    return { stories, adoptions };
  });
  if (added.stories || added.adoptions) logger.info(added, 'demo data: success stories seeded');
}

async function demoPerson(manager: EntityManager, slug: string, index: number): Promise<PersonEntity | null> {
  return manager.findOne(PersonEntity, { where: { email: `${LOCALS[index]}@${slug}.idehub.test` } });
}

async function seedStory(manager: EntityManager, demo: DemoSuccessStory, now: Date): Promise<boolean> {
  const municipality = await manager.findOne(MunicipalityEntity, { where: { slug: demo.municipality } });
  const author = await demoPerson(manager, demo.municipality, demo.by);
  const contact = await demoPerson(manager, demo.municipality, 4);
  if (!municipality || !author || !contact) return false;
  if (await manager.exists(SuccessStoryEntity, { where: { municipalityId: municipality.id, title: demo.title } }))
    return false;

  const published = demo.status === 'PUBLISHED';
  const publishedAt = published ? new Date(now.getTime() - demo.daysAgo * DAY) : null;
  const createdAt = new Date(now.getTime() - (demo.daysAgo + (published ? 3 : 0)) * DAY);
  const story = await manager.save(
    manager.create(SuccessStoryEntity, {
      municipalityId: municipality.id,
      authorId: author.id,
      contactPersonId: contact.id,
      title: demo.title,
      summary: demo.summary,
      problem: demo.problem || null,
      solution: demo.solution || null,
      technology: demo.technology,
      lessons: demo.lessons || null,
      trainingTips: demo.trainingTips || null,
      status: published ? StoryStatus.PUBLISHED : StoryStatus.DRAFT,
      version: published ? 2 : 1,
      createdAt,
      updatedAt: publishedAt ?? createdAt,
      publishedAt,
    }),
  );
  if (demo.gains.length) {
    await manager.insert(
      GainEntity,
      demo.gains.map((g, position) => ({
        storyId: story.id,
        position,
        category: g.category as GainCategory,
        description: g.description,
        value: g.value ?? null,
        unit: g.value === undefined ? null : (g.unit ?? null),
      })),
    );
  }
  if (demo.fromSuggestion) {
    const suggestion = await manager.findOne(SuggestionEntity, {
      where: { municipalityId: municipality.id, title: demo.fromSuggestion, status: SuggestionStatus.IMPLEMENTED },
    });
    if (suggestion) {
      await manager.insert(StorySuggestionEntity, { storyId: story.id, suggestionId: suggestion.id });
      if (publishedAt) {
        // History: the people of the suggestion were told when the story was published (no e-mail for the past).
        const followers = await manager.find(FollowerEntity, { where: { suggestionId: suggestion.id } });
        const people = [...new Set([suggestion.submitterId, ...followers.map((f) => f.personId)])].filter(
          (p) => p !== author.id,
        );
        for (const personId of people) {
          await manager.insert(NotificationEntity, {
            personId,
            kind: NotificationKind.STORY_PUBLISHED,
            suggestionId: suggestion.id,
            eventKey: `story-published:${story.id}`,
            payload: {
              title: story.title,
              storyId: story.id,
              storyTitle: story.title,
              suggestionTitle: suggestion.title,
              municipalityName: municipality.name,
              publishedBy: author.name,
            },
            createdAt: publishedAt,
            readAt: readAtFor(publishedAt, now),
          });
        }
      }
    }
  }
  return true;
}

async function seedAdoption(manager: EntityManager, demo: DemoAdoption, now: Date): Promise<boolean> {
  const source = DEMO_SUCCESS_STORIES.find((s) => s.title === demo.story);
  const sourceMunicipality =
    source && (await manager.findOne(MunicipalityEntity, { where: { slug: source.municipality } }));
  const municipality = await manager.findOne(MunicipalityEntity, { where: { slug: demo.municipality } });
  const submitter = await demoPerson(manager, demo.municipality, demo.by);
  if (!sourceMunicipality || !municipality || !submitter) return false;
  const story = await manager.findOne(SuccessStoryEntity, {
    where: { municipalityId: sourceMunicipality.id, title: demo.story, status: StoryStatus.PUBLISHED },
  });
  const unit = await manager.findOne(UnitEntity, { where: { municipalityId: municipality.id, name: HOME } });
  if (!story || !unit) return false;
  const title = adoptionTitle(story.title);
  if (await manager.exists(SuggestionEntity, { where: { adoptedStoryId: story.id, unitId: unit.id, title } }))
    return false;

  const leaders = (await manager.find(MembershipEntity, { where: { unitId: unit.id, role: Role.LEADER } })).map(
    (m) => m.personId,
  );
  const [responder] = leaders.length ? await manager.find(PersonEntity, { where: { id: In(leaders) } }) : [];
  const submittedAt = new Date(now.getTime() - demo.daysAgo * DAY);
  let status = SuggestionStatus.SUBMITTED;
  let responseDueAt: Date | null = firstResponseDueAt(submittedAt, municipality);
  let firstResponseAt: Date | null = null;
  let firstResponseLate: boolean | null = null;
  const responses: Partial<ResponseEntity>[] = [];
  for (const answer of responder ? demo.answers : []) {
    const at = new Date(submittedAt.getTime() + answer.afterDays * DAY);
    const to = answer.status as SuggestionStatus;
    responses.push({
      authorId: responder.id,
      kind: ResponseKind.RESPONSE,
      message: answer.message,
      fromStatus: status,
      toStatus: to,
      wasLate: responseDueAt !== null && at > responseDueAt,
      createdAt: at,
    });
    status = to;
    firstResponseAt ??= at;
    firstResponseLate ??= responses[responses.length - 1].wasLate ?? false;
    responseDueAt = nextUpdateDueAt(at, to, municipality);
  }
  const last = responses[responses.length - 1]?.createdAt ?? null;
  const suggestion = await manager.save(
    manager.create(SuggestionEntity, {
      municipalityId: municipality.id,
      unitId: unit.id,
      submitterId: submitter.id,
      registeredById: null,
      title,
      description: adoptionDescription({
        title: story.title,
        summary: story.summary,
        municipalityName: sourceMunicipality.name,
      }),
      status,
      confidential: false,
      hideName: false,
      ownerId: null,
      mergedIntoId: null,
      focusAreaId: null,
      adoptedStoryId: story.id,
      submittedAt,
      firstResponseAt,
      firstResponseLate,
      responseDueAt,
      deadlineMissedAt: null,
      escalatedAt: null,
      closedAt: isTerminal(status) ? last : null,
      version: 1 + responses.length,
    }),
  );
  await manager.insert(FollowerEntity, {
    suggestionId: suggestion.id,
    personId: submitter.id,
    reason: FollowReason.SUBMITTER,
    createdAt: submittedAt,
  });
  // History: the unit's leaders were told it came in, the submitter of every answer.
  for (const personId of leaders) {
    await manager.insert(NotificationEntity, {
      personId,
      kind: NotificationKind.SUGGESTION_SUBMITTED,
      suggestionId: suggestion.id,
      eventKey: `submitted:${suggestion.id}`,
      payload: { title, unitName: unit.name },
      createdAt: submittedAt,
      readAt: readAtFor(submittedAt, now),
    });
  }
  for (const r of responses) {
    const saved = await manager.save(manager.create(ResponseEntity, { ...r, suggestionId: suggestion.id }));
    await manager.insert(NotificationEntity, {
      personId: submitter.id,
      kind: NotificationKind.RESPONSE_RECEIVED,
      suggestionId: suggestion.id,
      eventKey: `response:${saved.id}`,
      payload: {
        title,
        authorName: responder.name,
        message: saved.message,
        fromStatus: saved.fromStatus,
        toStatus: saved.toStatus,
      },
      createdAt: saved.createdAt,
      readAt: readAtFor(saved.createdAt, now),
    });
  }
  return true;
}
