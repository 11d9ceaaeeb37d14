// name: statements-by-person
// description: What a person said (quotes and reported speech) in date order, with act, date and source article.
// param: person (string, example "John Kirby"): the person's full name or one of their aliases
// param: since (date, default "0001-01-01"): earliest statement date (undated statements are kept)
// param: until (date, default "9999-12-31"): latest statement date (undated statements are kept)
WITH toLower($person) AS wanted
MATCH (p:Person)-[:STATED]->(s:Statement)
WHERE (toLower(p.name) = wanted OR any(a IN p.aliases WHERE toLower(a) = wanted))
  AND (s.date IS NULL OR (s.date >= $since AND s.date <= $until))
OPTIONAL MATCH (s)-[:REPORTED_IN]->(a:Article)
RETURN p.name AS speaker, s.date AS date, s.act AS act, s.kind AS kind, s.text AS text, a.title AS article
ORDER BY coalesce(s.date, '9999'), article, s.start
