// name: officials-by-institution
// description: Officials and their roles per institution (a government includes its ministries), with how many statements each made.
// param: institution (string, default "", example "Russian government"): only this institution and its ministries (name or alias, any case); empty for all
WITH toLower($institution) AS wanted
MATCH role = (p:Person)-[h:HOLDS_ROLE]->(i:Institution)
WHERE wanted = '' OR toLower(i.name) = wanted OR toLower(i.name) ENDS WITH (' ' + wanted)
      OR any(x IN i.aliases WHERE toLower(x) = wanted)
   OR EXISTS { MATCH (i)-[:PART_OF*1..2]->(g:Institution)
               WHERE toLower(g.name) = wanted OR toLower(g.name) ENDS WITH (' ' + wanted)
                     OR any(x IN g.aliases WHERE toLower(x) = wanted) }
OPTIONAL MATCH (p)-[:STATED]->(s:Statement)
RETURN i.name AS institution, coalesce(i.country, '') AS country, h.title AS title, p.name AS person,
       count(DISTINCT s) AS statements, role AS _role
ORDER BY institution, title, person
