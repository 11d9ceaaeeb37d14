// name: actor-timeline
// description: One person's or institution's timeline: what they said, what they did and what was done to them, with the other parties, in date order.
// param: name (string, example "Russian government"): the person or institution (name or alias, any case)
// param: since (date, default "0001-01-01"): earliest date (the item's, else its article's)
// param: until (date, default "9999-12-31"): latest date (undated items are kept)
// dialect: neo4j
WITH toLower($name) AS wanted
MATCH (x)
WHERE toLower(x.name) = wanted OR toLower(x.name) ENDS WITH (' ' + wanted)
      OR any(y IN x.aliases WHERE toLower(y) = wanted)
WITH x
MATCH link = (x)-[r:STATED|ACTOR|TARGET]-(item)
WITH x, link, item, type(r) AS kind
OPTIONAL MATCH (item)-[:REPORTED_IN]->(a:Article)
WITH x, link, item, kind, a, coalesce(item.date, a.date) AS day
WHERE day IS NULL OR (day >= $since AND day <= $until)
OPTIONAL MATCH (item)-[:ACTOR|TARGET|ABOUT]->(other)
WHERE other.id <> x.id
WITH x, link, item, kind, a, day, other ORDER BY other.name
WITH x, link, item, kind, a, day, collect(DISTINCT other.name) AS others
RETURN day AS date, x.name AS actor,
       CASE kind WHEN 'STATED' THEN 'said' WHEN 'ACTOR' THEN 'did' ELSE 'was target of' END AS role,
       coalesce(item.act, item.type) AS what, others AS counterparts, coalesce(item.text, '') AS text, a.title AS article, link AS _link
ORDER BY coalesce(day, '9999'), coalesce(article, ''), item.start, item.id, role
// dialect: ladybug
WITH toLower($name) AS wanted
MATCH (x)
WHERE toLower(x.name) = wanted OR toLower(x.name) ENDS WITH (' ' + wanted)
      OR any(y IN x.aliases WHERE toLower(y) = wanted)
WITH x
MATCH link = (x)-[r:STATED|ACTOR|TARGET]-(item)
WITH x, link, item, label(r) AS kind
OPTIONAL MATCH (item)-[:REPORTED_IN]->(a:Article)
WITH x, link, item, kind, a, coalesce(item.date, a.date) AS day
WHERE day IS NULL OR (day >= $since AND day <= $until)
OPTIONAL MATCH (item)-[:ACTOR|TARGET|ABOUT]->(other)
WHERE other.id <> x.id
WITH x, link, item, kind, a, day, list_sort(collect(DISTINCT other.name)) AS others
RETURN day AS date, x.name AS actor,
       CASE kind WHEN 'STATED' THEN 'said' WHEN 'ACTOR' THEN 'did' ELSE 'was target of' END AS role,
       coalesce(item.act, item.type) AS what, others AS counterparts, coalesce(item.text, '') AS text, a.title AS article, link AS _link
ORDER BY coalesce(day, '9999'), coalesce(article, ''), item.start, item.id, role
