// name: neighbourhood
// description: Everything within a few hops of a person, institution or place (name or alias), as paths for a view.
// param: name (string, example "John Kerry"): the entity at the centre
// param: hops (int, default 2, min 1, max 3): how far to go
// param: limit (int, default 5000): at most this many paths
// Neo4j never uses a relationship twice in one path; the embedded store does unless is_trail(p).
// dialect: neo4j
WITH toLower($name) AS wanted
MATCH p = (c)-[*1..3]-(x)
WHERE (toLower(c.name) = wanted OR toLower(c.name) ENDS WITH (' ' + wanted)
      OR any(a IN c.aliases WHERE toLower(a) = wanted)) AND length(p) <= $hops
RETURN p
LIMIT $limit
// dialect: ladybug
WITH toLower($name) AS wanted
MATCH p = (c)-[*1..3]-(x)
WHERE (toLower(c.name) = wanted OR toLower(c.name) ENDS WITH (' ' + wanted)
      OR any(a IN c.aliases WHERE toLower(a) = wanted)) AND length(p) <= $hops
  AND is_trail(p)
RETURN p
LIMIT $limit
