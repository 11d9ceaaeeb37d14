// name: response-chains
// description: Reactions to statements and events, and reactions to those, up to a depth: who answered whom, how, and how far down the chain.
// param: speaker (string, default "", example "Kerry"): start from this speaker's statements (or events they acted in); empty for every chain start
// param: depth (int, default 3, min 1, max 5): how many responses deep to follow
// On Neo4j the origins are found first, then followed back. The embedded store returns wrong rows (and corrupt
// text) for a variable-length pattern ending at a label-less node carried through WITH, so it filters afterwards.
// Neo4j never uses a relationship twice in one path; the embedded store does unless is_trail(p).
// dialect: neo4j
WITH toLower($speaker) AS wanted
MATCH (o)
WHERE (wanted = '' AND EXISTS { MATCH (:Statement)-[:RESPONDS_TO]->(o) } AND NOT EXISTS { MATCH (o)-[:RESPONDS_TO]->() })
   OR (wanted <> '' AND (EXISTS { MATCH (o)<-[:STATED]-(s) WHERE toLower(s.name) = wanted OR toLower(s.name) ENDS WITH (' ' + wanted)
      OR any(x IN s.aliases WHERE toLower(x) = wanted) }
                         OR EXISTS { MATCH (o)-[:ACTOR]->(s) WHERE toLower(s.name) = wanted OR toLower(s.name) ENDS WITH (' ' + wanted)
                            OR any(x IN s.aliases WHERE toLower(x) = wanted) }))
WITH wanted, o
MATCH p = (r:Statement)-[:RESPONDS_TO*1..5]->(o)
WHERE length(p) <= $depth
WITH wanted, o, r, min(length(p)) AS steps, collect(p) AS chains
OPTIONAL MATCH (o)<-[:STATED]-(said)
OPTIONAL MATCH (o)-[:ACTOR]->(acted)
WITH wanted, o, r, steps, chains, coalesce(said, acted) AS source
WHERE wanted = '' OR toLower(source.name) = wanted OR toLower(source.name) ENDS WITH (' ' + wanted)
      OR any(x IN source.aliases WHERE toLower(x) = wanted)
MATCH answered = (rsp)-[:STATED]->(r)
RETURN source.name AS origin_speaker, coalesce(o.text, o.type) AS origin, steps AS depth,
       rsp.name AS responder, r.act AS act, r.text AS response,
       chains AS _chains, answered AS _said
ORDER BY origin_speaker, origin, depth, responder, response, r.id
// dialect: ladybug
WITH toLower($speaker) AS wanted
MATCH p = (r:Statement)-[:RESPONDS_TO*1..5]->(o)
WHERE length(p) <= $depth AND is_trail(p)
WITH wanted, o, r, min(length(p)) AS steps, collect(p) AS chains
OPTIONAL MATCH (o)<-[:STATED]-(said)
OPTIONAL MATCH (o)-[:ACTOR]->(acted)
WITH wanted, o, r, steps, chains, coalesce(said, acted) AS source
WHERE (wanted = '' AND NOT EXISTS { MATCH (o)-[:RESPONDS_TO]->() })
   OR (wanted <> '' AND (toLower(source.name) = wanted OR toLower(source.name) ENDS WITH (' ' + wanted)
      OR any(x IN source.aliases WHERE toLower(x) = wanted)))
MATCH answered = (rsp)-[:STATED]->(r)
RETURN source.name AS origin_speaker, coalesce(o.text, o.type) AS origin, steps AS depth,
       rsp.name AS responder, r.act AS act, r.text AS response,
       chains AS _chains, answered AS _said
ORDER BY origin_speaker, origin, depth, responder, response, r.id
