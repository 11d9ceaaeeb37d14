// name: statements-by-person
// description: What a person said (quotes and reported speech) in date order, with act, kind and source article.
// param: person (string, example "Kirby"): the person's full name or one of their aliases, any case
// param: since (date, default "0001-01-01", example "2016-10-01"): earliest date (the statement's, else its article's)
// param: until (date, default "9999-12-31"): latest date (undated statements are kept)
WITH toLower($person) AS wanted
MATCH (p:Person)
WHERE toLower(p.name) = wanted OR toLower(p.name) ENDS WITH (' ' + wanted)
      OR any(x IN p.aliases WHERE toLower(x) = wanted)
WITH p
MATCH said = (p)-[:STATED]->(s:Statement)
OPTIONAL MATCH (s)-[:REPORTED_IN]->(a:Article)
WITH p, said, s, a, coalesce(s.date, a.date) AS day
WHERE day IS NULL OR (day >= $since AND day <= $until)
RETURN p.name AS speaker, day AS date, s.act AS act, s.kind AS kind, s.text AS statement, a.title AS article,
       said AS _said
ORDER BY coalesce(day, '9999'), coalesce(article, ''), s.start, s.id
