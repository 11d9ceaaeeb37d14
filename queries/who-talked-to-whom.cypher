// name: who-talked-to-whom
// description: Calls, meetings, visits and negotiations (CAMEO 04x): who contacted whom, when, in which article.
// param: name (string, default ""): only contacts involving this person or institution (name or alias); empty for all
WITH toLower($name) AS wanted
MATCH (e:Event)-[:ACTOR]->(actor), (e)-[:TARGET]->(target)
WHERE e.cameo STARTS WITH '04'
  AND (wanted = '' OR toLower(actor.name) = wanted OR toLower(target.name) = wanted
       OR any(x IN actor.aliases WHERE toLower(x) = wanted) OR any(x IN target.aliases WHERE toLower(x) = wanted))
OPTIONAL MATCH (e)-[:REPORTED_IN]->(a:Article)
// Project to plain columns first: the embedded store cannot order by a name that is also a node.
WITH actor.name AS actor, e.type AS contact, target.name AS target, e.date AS date, e.text AS text,
     a.title AS article
RETURN actor, contact, target, date, text, article
ORDER BY coalesce(date, '9999'), actor, target
