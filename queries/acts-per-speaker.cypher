// name: acts-per-speaker
// description: Stance breakdown: how many statements of each act (assert, deny, appeal, reject, welcome...) each speaker made.
// param: speaker (string, default "", example "Konashenkov"): only this speaker (name or alias, any case); empty for all
WITH toLower($speaker) AS wanted
MATCH (sp)
WHERE (wanted = '' OR toLower(sp.name) = wanted OR toLower(sp.name) ENDS WITH (' ' + wanted)
      OR any(x IN sp.aliases WHERE toLower(x) = wanted))
  AND EXISTS { MATCH (sp)-[:STATED]->(:Statement) }
WITH sp
MATCH (sp)-[:STATED]->(s:Statement)
RETURN sp.name AS speaker, coalesce(s.act, '') AS act, count(DISTINCT s) AS statements
ORDER BY speaker, statements DESC, act
