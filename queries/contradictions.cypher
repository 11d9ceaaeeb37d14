// name: contradictions
// description: Statements that contradict each other, with both speakers, acts and texts.
// param: speaker (string, default ""): only contradictions involving this speaker (name or alias); empty for all
WITH toLower($speaker) AS wanted
MATCH (sp1)-[:STATED]->(s1:Statement)-[:CONTRADICTS]->(s2:Statement)<-[:STATED]-(sp2)
WHERE wanted = '' OR toLower(sp1.name) = wanted OR toLower(sp2.name) = wanted
   OR any(x IN sp1.aliases WHERE toLower(x) = wanted) OR any(x IN sp2.aliases WHERE toLower(x) = wanted)
RETURN sp1.name AS speaker, s1.act AS act, s1.text AS statement,
       sp2.name AS contradicts_speaker, s2.act AS contradicts_act, s2.text AS contradicts_statement
ORDER BY speaker, contradicts_speaker, statement
