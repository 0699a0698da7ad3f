// The scale data as set-based SQL steps, on top of the demo municipalities and accounts: used by
// `npm run seed:scale` (PostgreSQL) and tests/perf/embedded-bench.mjs (the embedded database).
// Per 200 000 suggestions: 4 municipalities × ~500 units, 20 000 people, ~1 000 000 responses,
// ~400 000 supports, ~2 000 000 notifications, ~400 000 audit entries. The steps use temporary
// tables: run them on one connection (or in one transaction).

/** Units and people per municipality for this many suggestions. */
export function scaleSizes(suggestions) {
  const scale = suggestions / 200_000;
  return {
    U: Math.max(20, Math.round(500 * Math.min(1, scale * 4))),
    P: Math.max(100, Math.round(5000 * scale)),
    S: suggestions,
  };
}

/** [label, ...statements] steps, in order. */
export function scalePlan(suggestions) {
  const p = scaleSizes(suggestions);
  return [
    [
      'units (two levels under the demo units)',
      `insert into unit (municipality_id, parent_id, name)
       select m.id, top.id, 'Område ' || g from municipality m
         join unit top on top.municipality_id = m.id and top.parent_id is null
        cross join generate_series(1, greatest(2, ${p.U} / 10)) g`,
      `insert into unit (municipality_id, parent_id, name)
       select a.municipality_id, a.id, a.name || ' avdeling ' || g
         from unit a cross join generate_series(1, 9) g where a.name like 'Område %'`,
    ],
    [
      'index tables (temporary)',
      `create temp table u as select municipality_id as m, id, row_number() over (partition by municipality_id order by id) - 1 as i
         from unit`,
      `create temp table uc as select m, count(*)::int as n from u group by m`,
    ],
    [
      'people and staff memberships',
      `insert into person (municipality_id, name, email, locale, created_at)
       select m.id, (array['Kari','Ola','Ingrid','Per','Sofie','Anders','Nora','Emil','Hanne','Tor','Maja','Jonas'])[1 + g % 12]
              || ' ' || (array['Hansen','Johansen','Olsen','Larsen','Andersen','Pedersen','Nilsen','Kristiansen','Jensen','Berg'])[1 + (g / 12) % 10]
              || ' ' || g, 'person' || g || '@' || m.slug || '.skala.test', 'nb', now()
         from municipality m cross join generate_series(1, ${p.P}) g`,
      `create temp table pp as select municipality_id as m, id, row_number() over (partition by municipality_id order by id) - 1 as i
         from person`,
      `create temp table pc as select m, count(*)::int as n from pp group by m`,
      `insert into membership (person_id, unit_id, role)
       select pp.id, u.id, 'STAFF' from pp join uc on uc.m = pp.m join u on u.m = pp.m and u.i = pp.i % uc.n
       where pp.id not in (select person_id from membership)`,
    ],
    [
      'leaders (four of five units)',
      `insert into membership (person_id, unit_id, role)
       select pp.id, u.id, 'LEADER' from u join pc on pc.m = u.m join pp on pp.m = u.m and pp.i = (u.i * 7 + 3) % pc.n
        where u.i % 5 <> 4 on conflict do nothing`,
    ],
    [
      'suggestions',
      `insert into suggestion (municipality_id, unit_id, submitter_id, title, description, status, confidential,
              hide_name, submitted_at, first_response_at, response_due_at, deadline_missed_at, escalated_at, closed_at, version)
       select x.m, u.id, coalesce(case when g % 100 = 0 then (select id from person where email = 'ansatt@' ||
                (select slug from municipality where id = x.m) || '.idehub.test') end, pp.id),
              'Skala ' || g || ': ' || (array['Felles huskeliste for medisinrunden','Digitalt tilsyn om natten',
                'Bedre overlapp mellom vaktene','Opplæring i nye medisindispensere','Færre dobbeltregistreringer',
                'Fallalarm som varsler riktig person','Tid til e-læring i arbeidstiden','Superbrukere med avsatt tid'])[1 + g % 8],
              'Beskrivelse av forslag ' || g || ' med nok tekst til at søk og likhet har noe å arbeide med.',
              x.status::suggestion_status, g % 23 = 0, g % 11 = 0,
              x.at, case when x.answered then x.at + interval '5 days' end,
              case when x.open then now() + ((g % 60) - 10) * interval '1 day' end,
              case when x.open and (g % 60) < 10 then now() - interval '1 day' end,
              case when x.open and (g % 60) < 10 then now() - interval '1 day' end,
              case when not x.open then x.at + interval '40 days' end, 1
         from generate_series(1, ${p.S}) g
         cross join lateral (select (select id from municipality order by id offset g % 4 limit 1) as m,
                now() - (g % 730) * interval '1 day' - (g % 1440) * interval '1 minute' as at,
                (array['SUBMITTED','UNDER_REVIEW','ACCEPTED','IN_PROGRESS','IMPLEMENTED','IMPLEMENTED','DECLINED','IMPLEMENTED','DECLINED','WITHDRAWN'])[1 + g % 10] as status,
                g % 10 < 4 as open, g % 10 not in (0, 9) as answered) x
         join uc on uc.m = x.m join u on u.m = x.m and u.i = (g * 31) % uc.n
         join pc on pc.m = x.m join pp on pp.m = x.m and pp.i = (g * 17) % pc.n`,
      `create temp table ss as select id, municipality_id as m, status, submitted_at, submitter_id, unit_id,
              row_number() over (order by id) as i from suggestion where title like 'Skala %'`,
    ],
    [
      'responses (about five per suggestion)',
      `insert into response (suggestion_id, author_id, kind, message, from_status, to_status, was_late, created_at)
       select ss.id, pp.id, 'RESPONSE', 'Takk for forslaget. Vi ser på det og kommer tilbake med mer ' || k || '.',
              'UNDER_REVIEW', case when k = n.n then ss.status else 'UNDER_REVIEW' end, k % 7 = 0,
              ss.submitted_at + k * interval '4 days'
         from ss cross join lateral (select (ss.i % 9) + 1 as n) n cross join lateral generate_series(1, n.n) k
         join pc on pc.m = ss.m join pp on pp.m = ss.m and pp.i = (ss.i + k) % pc.n
        where ss.status <> 'SUBMITTED'`,
      // The first answer's lateness, as the app keeps it with the suggestion (the feedback metrics read it).
      `update suggestion s set first_response_late = fa.was_late
         from (select distinct on (r.suggestion_id) r.suggestion_id, r.was_late from response r
                where r.kind <> 'WITHDRAWAL' order by r.suggestion_id, r.created_at, r.id) fa
        where fa.suggestion_id = s.id`,
    ],
    [
      'supports, followers and ratings',
      `insert into support (suggestion_id, person_id, created_at)
       select ss.id, pp.id, ss.submitted_at + interval '1 day' from ss cross join generate_series(1, 2) k
         join pc on pc.m = ss.m join pp on pp.m = ss.m and pp.i = (ss.i * 13 + k * 101) % pc.n
       on conflict do nothing`,
      `insert into follower (suggestion_id, person_id, reason, created_at)
       select id, submitter_id, 'SUBMITTER', submitted_at from ss on conflict do nothing`,
      `insert into answer_rating (suggestion_id, useful, comment, rated_at)
       select id, i % 4 <> 0, null, submitted_at + interval '45 days' from ss
        where status in ('IMPLEMENTED', 'DECLINED') and i % 3 = 0`,
    ],
    [
      'notifications (about ten per suggestion)',
      `insert into notification (person_id, kind, suggestion_id, event_key, payload, created_at, read_at)
       select pp.id, (array['RESPONSE_RECEIVED','DEADLINE_MISSED','SUGGESTION_SUBMITTED','ESCALATED'])[1 + k % 4]::notification_kind,
              ss.id, 'scale:' || ss.id || ':' || k, '{}'::jsonb, ss.submitted_at + k * interval '3 days',
              case when k % 3 <> 0 then ss.submitted_at + k * interval '3 days' + interval '1 hour' end
         from ss cross join generate_series(1, 10) k
         join pc on pc.m = ss.m join pp on pp.m = ss.m and pp.i = (ss.i * 7 + k * 997) % pc.n
       on conflict do nothing`,
    ],
    [
      'audit entries (about two per suggestion)',
      `insert into audit_entry (municipality_id, actor_id, action, entity_type, entity_id, before, after, at)
       select ss.m, case when k = 1 then ss.submitter_id end,
              case when k = 1 then 'suggestion.submit' else 'suggestion.deadline_missed' end, 'suggestion', ss.id,
              null, jsonb_build_object('status', ss.status), ss.submitted_at + (k - 1) * interval '14 days'
         from ss cross join generate_series(1, 2) k`,
    ],
    ['statistics (analyze)', 'analyze'],
  ];
}

/** What was written, as one row of counts. */
export const SCALE_COUNTS = `select (select count(*) from municipality)::int as municipalities, (select count(*) from unit)::int as units,
      (select count(*) from person)::int as people, (select count(*) from suggestion)::int as suggestions,
      (select count(*) from response)::int as responses, (select count(*) from notification)::int as notifications,
      (select count(*) from support)::int as supports, (select count(*) from audit_entry)::int as audit_entries`;
