// name: shortest-path
// description: The shortest links between two people, institutions or places (through roles, statements, events, responses), every tie listed.
// param: from (string, example "Konashenkov"): the first entity (name or alias, any case)
// param: to (string, example "Ryabkov"): the second entity (name or alias, any case)
// param: max_hops (int, default 4, min 1, max 6): longest path to look for
// param: top (int, default 10, min 1): at most this many paths
// Article MENTIONS and REPORTED_IN links are left out: every pair in one article would be two hops apart.
// dialect: neo4j
WITH toLower($from) AS f, toLower($to) AS t
MATCH (a) WHERE toLower(a.name) = f OR toLower(a.name) ENDS WITH (' ' + f) OR any(x IN a.aliases WHERE toLower(x) = f)
MATCH (b) WHERE (toLower(b.name) = t OR toLower(b.name) ENDS WITH (' ' + t)
   OR any(x IN b.aliases WHERE toLower(x) = t)) AND a.id <> b.id
MATCH p = allShortestPaths((a)-[:HOLDS_ROLE|PART_OF|STATED|ACTOR|TARGET|LOCATED_IN|ABOUT|RESPONDS_TO|CONTRADICTS*..6]-(b))
WHERE length(p) <= $max_hops
WITH p, reduce(s = '', n IN nodes(p) | s + '>' + n.id) AS route
RETURN length(p) AS hops, p AS path
ORDER BY hops, route
LIMIT $top
// dialect: ladybug
WITH toLower($from) AS f, toLower($to) AS t
MATCH (a) WHERE toLower(a.name) = f OR toLower(a.name) ENDS WITH (' ' + f) OR any(x IN a.aliases WHERE toLower(x) = f)
MATCH (b) WHERE (toLower(b.name) = t OR toLower(b.name) ENDS WITH (' ' + t)
   OR any(x IN b.aliases WHERE toLower(x) = t)) AND a.id <> b.id
MATCH p = (a)-[:HOLDS_ROLE|PART_OF|STATED|ACTOR|TARGET|LOCATED_IN|ABOUT|RESPONDS_TO|CONTRADICTS* ALL SHORTEST 1..6]-(b)
WHERE length(p) <= $max_hops
RETURN length(p) AS hops, p AS path
ORDER BY hops, list_reduce(properties(nodes(p), 'id'), (x, y) -> x + '>' + y)
LIMIT $top
