// name: who-talked-to-whom
// description: Calls, meetings, visits, talks and mediation (CAMEO 04x): who contacted whom, when, in which article.
// param: name (string, default "", example "Lavrov"): only contacts involving this person or institution (name or alias, any case); empty for all
// param: since (date, default "0001-01-01"): earliest date (the event's, else its article's)
// param: until (date, default "9999-12-31"): latest date (undated contacts are kept)
WITH toLower($name) AS wanted
MATCH did = (who)<-[:ACTOR]-(e:Event)-[:TARGET]->(whom)
WHERE e.cameo STARTS WITH '04'
  AND (wanted = ''
       OR toLower(who.name) = wanted OR toLower(who.name) ENDS WITH (' ' + wanted)
          OR any(x IN who.aliases WHERE toLower(x) = wanted)
       OR toLower(whom.name) = wanted OR toLower(whom.name) ENDS WITH (' ' + wanted)
          OR any(x IN whom.aliases WHERE toLower(x) = wanted))
OPTIONAL MATCH (e)-[:REPORTED_IN]->(a:Article)
WITH e, did, who, whom, a, coalesce(e.date, a.date) AS day
WHERE day IS NULL OR (day >= $since AND day <= $until)
RETURN who.name AS actor, e.type AS contact, whom.name AS target, day AS date, e.text AS text, a.title AS article,
       did AS _graph
ORDER BY coalesce(day, '9999'), actor, target, contact, text, e.id
