// name: articles-mentioning
// description: Articles that name a person, institution or place, with how often, and how many statements and events they report.
// param: name (string, example "Aleppo"): the entity's name or an alias, any case
WITH toLower($name) AS wanted
MATCH (x)
WHERE toLower(x.name) = wanted OR toLower(x.name) ENDS WITH (' ' + wanted)
      OR any(y IN x.aliases WHERE toLower(y) = wanted)
WITH x
MATCH mentioned = (a:Article)-[m:MENTIONS]->(x)
OPTIONAL MATCH (s:Statement)-[:REPORTED_IN]->(a)
WITH a, m, mentioned, x, count(DISTINCT s) AS statements
OPTIONAL MATCH (e:Event)-[:REPORTED_IN]->(a)
RETURN x.name AS entity, a.title AS article, a.date AS date, coalesce(m.count, 0) AS mentions, statements,
       count(DISTINCT e) AS events, a.source AS source, a.path AS path, mentioned AS _mention
ORDER BY coalesce(date, '9999'), coalesce(article, ''), coalesce(path, ''), entity
