// name: statements-by-role
// description: Statements by everyone holding a kind of role ("all spokesmen", "foreign ministers"), with their title and institution.
// param: role (string, example "spokesman"): a word or phrase of the title, any case (spokesman, minister, president)
// param: since (date, default "0001-01-01"): earliest date (the statement's, else its article's)
// param: until (date, default "9999-12-31"): latest date (undated statements are kept)
WITH toLower($role) AS wanted
MATCH role = (p:Person)-[h:HOLDS_ROLE]->(i:Institution)
WHERE toLower(h.title) CONTAINS wanted
MATCH said = (p)-[:STATED]->(s:Statement)
OPTIONAL MATCH (s)-[:REPORTED_IN]->(a:Article)
WITH p, h, i, role, said, s, a, coalesce(s.date, a.date) AS day
WHERE day IS NULL OR (day >= $since AND day <= $until)
RETURN p.name AS speaker, h.title AS title, i.name AS institution, day AS date, s.act AS act,
       s.text AS statement, a.title AS article, role AS _role, said AS _said
ORDER BY coalesce(day, '9999'), coalesce(article, ''), s.start, s.id, title, institution
