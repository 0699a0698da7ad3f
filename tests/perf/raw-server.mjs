// The yardstick for `npm run bench`: the same four reads as the app (me, list, inbox, detail),
// answered by a bare node:http server with pg and hand-written, batched SQL — no framework,
// no GraphQL, no ORM. Same rules (visibility, hidden names, who owes the answer), same shape of
// answer, same Bearer token. DATABASE_URL, PORT; prints READY <url> when listening.
import * as http from 'node:http';
import { createHash } from 'node:crypto';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const OPEN = ['SUBMITTED', 'UNDER_REVIEW', 'ACCEPTED', 'IN_PROGRESS'];
const TERMINAL = ['IMPLEMENTED', 'DECLINED', 'MERGED', 'WITHDRAWN'];

/**
 * The viewer and the units they answer for, in one statement, prepared once per connection as the app prepares its
 * own session statement (api/src/database/preparing-client.ts): it was planned afresh on every request before.
 */
async function viewer(req) {
  const token = (req.headers.authorization ?? '').replace(/^Bearer\s+/i, '');
  const { rows } = await pool.query({
    name: 'viewer',
    text: `with recursive me as (
       select p.id, p.municipality_id, p.name, p.locale,
              exists (select 1 from membership m where m.person_id = p.id and m.role = 'ADMIN') as admin
         from session s join person p on p.id = s.person_id
        where s.token_hash = $1 and s.expires_at > now() and p.deactivated_at is null),
     r(id) as (select m.unit_id from membership m join me on m.person_id = me.id where m.role = 'LEADER'
               union select u.id from unit u join r on u.parent_id = r.id)
     select me.*, case when me.admin then array(select id from unit where municipality_id = me.municipality_id)
                       else array(select id from r) end as units,
            (select json_agg(json_build_object('role', m.role, 'unitId', m.unit_id, 'unitName', u.name))
               from membership m left join unit u on u.id = m.unit_id where m.person_id = me.id) as memberships,
            (select name from municipality where id = me.municipality_id) as municipality_name
       from me`,
    values: [createHash('sha256').update(token).digest('hex')],
  });
  return rows[0] ?? null;
}

const CARD = (v) => `s.id, s.title, s.status, s.submitted_at, s.response_due_at, s.escalated_at, s.unit_id, s.owner_id,
  u.name as unit_name, u.parent_id,
  case when not s.hide_name or s.submitter_id = ${v.me} or ${v.admin} or s.unit_id = any(${v.units}) then p.name
       else 'Ansatt i ' || u.name end as submitter_name,
  (select count(*) from support x where x.suggestion_id = s.id)::int as support_count, o.name as owner_name`;
const FROM = `suggestion s join unit u on u.id = s.unit_id join person p on p.id = s.submitter_id left join person o on o.id = s.owner_id`;
const VISIBLE = (v) =>
  `s.municipality_id = ${v.m} and (s.confidential = false or s.submitter_id = ${v.me} or ${v.admin} or s.unit_id = any(${v.units}))`;
const P = { m: '$1', me: '$2', admin: '$3', units: '$4' };
const params = (v) => [v.municipality_id, v.id, v.admin, v.units];

/** Who owes the answer for each open card: leaders of the nearest unit up the chain, else admins. One statement. */
async function owedBy(v, cards) {
  const open = cards.filter((c) => !TERMINAL.includes(c.status));
  if (!open.length) return;
  const { rows } = await pool.query(
    `with recursive chain(start, id, depth) as (
       select x, x, 0 from unnest($1::uuid[]) x
       union all select c.start, u.parent_id, c.depth + 1 from chain c join unit u on u.id = c.id where u.parent_id is not null)
     select c.start, c.depth, p.id, p.name from chain c join membership m on m.unit_id = c.id and m.role = 'LEADER'
       join person p on p.id = m.person_id
     union all
     select null, null, p.id, p.name from person p join membership m on m.person_id = p.id
      where m.role = 'ADMIN' and p.municipality_id = $2`,
    [[...new Set(open.map((c) => c.unit_id))], v.municipality_id],
  );
  const admins = rows.filter((r) => r.start === null).map(({ id, name }) => ({ id, name }));
  const nearest = new Map();
  for (const r of rows) {
    if (r.start === null) continue;
    const best = nearest.get(r.start);
    if (!best || r.depth < best.depth) nearest.set(r.start, { depth: r.depth, people: [{ id: r.id, name: r.name }] });
    else if (r.depth === best.depth && !best.people.some((p) => p.id === r.id))
      best.people.push({ id: r.id, name: r.name });
  }
  for (const c of cards) {
    c.owedBy = TERMINAL.includes(c.status)
      ? []
      : c.owner_id
        ? [{ id: c.owner_id, name: c.owner_name }]
        : (nearest.get(c.unit_id)?.people ?? admins).sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  }
}

const card = (r, now) => ({
  id: r.id,
  title: r.title,
  status: r.status,
  submittedAt: r.submitted_at,
  responseDueAt: r.response_due_at,
  overdue: r.response_due_at !== null && r.response_due_at <= now,
  escalatedAt: r.escalated_at,
  submitterName: r.submitter_name,
  supportCount: r.support_count,
  unit: { id: r.unit_id, name: r.unit_name },
  owedBy: r.owedBy,
});

const routes = {
  async me(v) {
    return {
      me: {
        id: v.id,
        name: v.name,
        municipality: { id: v.municipality_id, name: v.municipality_name },
        memberships: (v.memberships ?? []).map((m) => ({
          role: m.role,
          unit: m.unitId && { id: m.unitId, name: m.unitName },
        })),
      },
    };
  },
  async list(v, q) {
    const first = Number(q.get('first') ?? 20);
    const [count, page] = await Promise.all([
      // Counted up to a thousand, as the app does (COUNT_CAP): «over 1 000».
      pool.query(
        `select count(*)::int as n from (select 1 from suggestion s where ${VISIBLE(P)} limit 1001) c`,
        params(v),
      ),
      pool.query(
        `select ${CARD(P)} from ${FROM} where ${VISIBLE(P)} order by s.submitted_at desc, s.id desc limit $5`,
        [...params(v), first + 1],
      ),
    ]);
    const rows = page.rows.slice(0, first);
    await owedBy(v, rows);
    const now = new Date();
    return {
      suggestions: {
        totalCount: Math.min(count.rows[0].n, 1000),
        totalCountIsExact: count.rows[0].n <= 1000,
        pageInfo: { hasNextPage: page.rows.length > first },
        edges: rows.map((r) => ({ node: card(r, now) })),
      },
    };
  },
  // Ordered by the keys IDX_suggestion_inbox_order holds, as the app is (api/src/suggestions/inbox-query.ts).
  async inbox(v, q) {
    const first = Number(q.get('first') ?? 100);
    const where = `s.municipality_id = $1 and s.unit_id = any($4) and s.status = any($5::suggestion_status[])`;
    const [counts, page] = await Promise.all([
      pool.query(
        `select count(*)::int as open, count(*) filter (where s.response_due_at <= now())::int as overdue,
                count(*) filter (where s.response_due_at > now() and s.response_due_at <= now() + interval '7 days')::int as "dueSoon",
                count(*) filter (where s.first_response_at is null)::int as unanswered
           from suggestion s where ${where} and $2::uuid is not null and $3::boolean is not null`,
        [...params(v), OPEN],
      ),
      pool.query(
        `select ${CARD(P)} from ${FROM} where ${where}
          order by coalesce(date_trunc('milliseconds', s.response_due_at at time zone 'UTC'), 'infinity'::timestamp),
                   date_trunc('milliseconds', s.submitted_at at time zone 'UTC'), s.id limit $6`,
        [...params(v), OPEN, first],
      ),
    ]);
    await owedBy(v, page.rows);
    const now = new Date();
    return { inbox: { ...counts.rows[0], suggestions: page.rows.map((r) => card(r, now)) } };
  },
  async detail(v, q) {
    const id = q.get('id');
    const { rows } = await pool.query(
      `select ${CARD(P)}, s.description, s.version, s.confidential, s.hide_name, s.closed_at, s.deadline_missed_at,
              s.submitter_id = $2 as submitted_by_me, (s.unit_id = any($4) or $3) as can_respond,
              exists (select 1 from follower f where f.suggestion_id = s.id and f.person_id = $2) as is_following,
              (select row_to_json(r) from answer_rating r where r.suggestion_id = s.id) as rating,
              (select json_agg(json_build_object('id', x.id, 'kind', x.kind, 'message', x.message, 'status', x.to_status,
                        'previousStatus', x.from_status, 'wasLate', x.was_late, 'createdAt', x.created_at,
                        'author', json_build_object('id', a.id, 'name', a.name)) order by x.created_at, x.id)
                 from response x join person a on a.id = x.author_id where x.suggestion_id = s.id) as responses
         from ${FROM} where s.id = $5 and ${VISIBLE(P)}`,
      [...params(v), id],
    );
    if (!rows[0]) return { suggestion: null };
    await owedBy(v, rows);
    const r = rows[0];
    return {
      suggestion: {
        ...card(r, new Date()),
        description: r.description,
        version: r.version,
        confidential: r.confidential,
        hideName: r.hide_name,
        closedAt: r.closed_at,
        deadlineMissedAt: r.deadline_missed_at,
        submittedByMe: r.submitted_by_me,
        canRespond: r.can_respond,
        isFollowing: r.is_following,
        rating: r.submitted_by_me || r.can_respond ? r.rating : null,
        owner: r.owner_id ? { id: r.owner_id, name: r.owner_name } : null,
        responses: r.responses ?? [],
      },
    };
  },
};

const server = http.createServer(async (req, res) => {
  try {
    const url = new URL(req.url, 'http://x');
    const route = routes[url.pathname.slice(1)];
    if (!route) return res.writeHead(404).end();
    const v = await viewer(req);
    if (!v) return res.writeHead(401).end();
    const body = JSON.stringify({ data: await route(v, url.searchParams) });
    res.writeHead(200, { 'content-type': 'application/json' }).end(body);
  } catch (error) {
    console.error(error);
    res.writeHead(500).end(String(error));
  }
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(`READY http://127.0.0.1:${server.address().port}`);
});
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
