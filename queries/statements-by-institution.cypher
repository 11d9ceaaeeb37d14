// name: statements-by-institution
// description: What an institution said, with its ministries and its officials (people holding a role there), in date order.
// param: institution (string, example "Russian Defense Ministry"): the institution's name or an alias, any case
// param: since (date, default "0001-01-01"): earliest date (the statement's, else its article's)
// param: until (date, default "9999-12-31"): latest date (undated statements are kept)
WITH toLower($institution) AS wanted
MATCH (i:Institution)
WHERE toLower(i.name) = wanted OR toLower(i.name) ENDS WITH (' ' + wanted)
      OR any(x IN i.aliases WHERE toLower(x) = wanted)
WITH i
MATCH (sp)-[:HOLDS_ROLE|PART_OF*0..2]->(i)
WITH DISTINCT i, sp
MATCH said = (sp)-[:STATED]->(s:Statement)
OPTIONAL MATCH (s)-[:REPORTED_IN]->(a:Article)
WITH i, sp, said, s, a, coalesce(s.date, a.date) AS day
WHERE day IS NULL OR (day >= $since AND day <= $until)
RETURN i.name AS institution, sp.name AS speaker, day AS date, s.act AS act, s.kind AS kind,
       s.text AS statement, a.title AS article, said AS _said
ORDER BY coalesce(day, '9999'), coalesce(article, ''), s.start, s.id, institution
