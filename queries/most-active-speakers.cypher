// name: most-active-speakers
// description: Who made the most statements (people and institutions), with how many acts, articles and denials.
// param: top (int, default 10, min 1, example 5): how many speakers to list
// param: since (date, default "0001-01-01"): earliest date (the statement's, else its article's)
// param: until (date, default "9999-12-31"): latest date (undated statements are kept)
MATCH (sp)-[:STATED]->(s:Statement)
OPTIONAL MATCH (s)-[:REPORTED_IN]->(a:Article)
WITH sp, s, a, coalesce(s.date, a.date) AS day
WHERE day IS NULL OR (day >= $since AND day <= $until)
WITH sp, count(DISTINCT s) AS statements, count(DISTINCT s.act) AS acts, count(DISTINCT a) AS articles,
     count(DISTINCT CASE WHEN s.act = 'deny' THEN s.id END) AS denials
RETURN sp.name AS speaker, coalesce(sp.kind, 'person') AS kind, statements, acts, articles, denials, sp AS _speaker
ORDER BY statements DESC, speaker, kind
LIMIT $top
