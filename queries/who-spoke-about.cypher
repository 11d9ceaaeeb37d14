// name: who-spoke-about
// description: Who spoke about a person, institution, place or event: statements about it, about an event there, or naming it in their text.
// param: subject (string, example "Aleppo"): a name or alias (Aleppo, Lavrov), or a word of an event type (ceasefire, talks), any case
// param: since (date, default "0001-01-01"): earliest date (the statement's, else its article's)
// param: until (date, default "9999-12-31"): latest date (undated statements are kept)
WITH toLower($subject) AS wanted
MATCH said = (sp)-[:STATED]->(s:Statement)
WHERE toLower(s.text) CONTAINS wanted
   OR EXISTS { MATCH (s)-[:ABOUT]->(x) WHERE toLower(x.name) = wanted OR toLower(x.name) ENDS WITH (' ' + wanted)
      OR any(y IN x.aliases WHERE toLower(y) = wanted) }
   OR EXISTS { MATCH (s)-[:ABOUT]->(e:Event) WHERE toLower(e.type) CONTAINS wanted }
   OR EXISTS { MATCH (s)-[:ABOUT]->(:Event)-[:LOCATED_IN|TARGET]->(x)
               WHERE toLower(x.name) = wanted OR toLower(x.name) ENDS WITH (' ' + wanted)
                     OR any(y IN x.aliases WHERE toLower(y) = wanted) }
OPTIONAL MATCH (s)-[:REPORTED_IN]->(a:Article)
WITH sp, said, s, a, coalesce(s.date, a.date) AS day
WHERE day IS NULL OR (day >= $since AND day <= $until)
RETURN sp.name AS speaker, day AS date, s.act AS act, s.text AS statement, a.title AS article, said AS _said
ORDER BY coalesce(day, '9999'), coalesce(article, ''), s.start, s.id
