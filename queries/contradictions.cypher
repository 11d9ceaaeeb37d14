// name: contradictions
// description: Statements that contradict each other, with both speakers, acts and texts.
// param: speaker (string, default "", example "Ryabkov"): only contradictions involving this speaker (name or alias, any case); empty for all
WITH toLower($speaker) AS wanted
MATCH g = (sp1)-[:STATED]->(s1:Statement)-[:CONTRADICTS]->(s2:Statement)<-[:STATED]-(sp2)
WHERE wanted = ''
   OR toLower(sp1.name) = wanted OR toLower(sp1.name) ENDS WITH (' ' + wanted)
      OR any(x IN sp1.aliases WHERE toLower(x) = wanted)
   OR toLower(sp2.name) = wanted OR toLower(sp2.name) ENDS WITH (' ' + wanted)
      OR any(x IN sp2.aliases WHERE toLower(x) = wanted)
OPTIONAL MATCH (s1)-[:REPORTED_IN]->(a:Article)
RETURN sp1.name AS speaker, s1.act AS act, s1.text AS statement,
       sp2.name AS contradicted_speaker, s2.act AS contradicted_act, s2.text AS contradicted_statement,
       a.title AS article, g AS _graph
ORDER BY speaker, contradicted_speaker, statement, contradicted_statement, s1.id, s2.id
