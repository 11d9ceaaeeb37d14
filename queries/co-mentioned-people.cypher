// name: co-mentioned-people
// description: People named in the same articles, with how many articles they share (pairs listed once).
// param: person (string, default "", example "Kerry"): only people named together with this person (name or alias, any case); empty for all pairs
// param: min_articles (int, default 1, min 1): only pairs sharing at least this many articles
WITH toLower($person) AS wanted
MATCH (p1:Person)
WHERE wanted = '' OR toLower(p1.name) = wanted OR toLower(p1.name) ENDS WITH (' ' + wanted)
      OR any(x IN p1.aliases WHERE toLower(x) = wanted)
WITH wanted, p1
MATCH (p1)<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(p2:Person)
WHERE p1.id <> p2.id AND (wanted <> '' OR p1.name < p2.name)
WITH p1, p2, count(DISTINCT a) AS articles, max(coalesce(a.date, '')) AS latest
WHERE articles >= $min_articles
RETURN p1.name AS person, p2.name AS co_mentioned, articles, latest AS latest_article_date
ORDER BY articles DESC, person, co_mentioned
